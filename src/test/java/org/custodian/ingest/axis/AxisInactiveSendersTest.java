package org.custodian.ingest.axis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodian.ingest.axis.AxisCamera.headers;

import java.io.IOException;
import java.time.Instant;

import org.custodian.audit.AuditEntry;
import org.custodian.audit.AuditLog;
import org.custodian.audit.AuditQuery;
import org.custodian.evidence.ClipCatalogue;
import org.custodian.ingest.ClipSummary;
import org.custodian.ingest.Ingest;
import org.custodian.support.Api;
import org.custodian.support.CustodianTest;
import org.custodian.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A user and a device the body worn system has marked {@code Active=False} still dock their footage: it is
 * stored and attributed as any other, the fleet's records stay as they were, and the dock status page shows
 * them as inactive in Axis. Runs on H2 here and on PostgreSQL in {@link AxisInactiveSendersPostgresTest}.
 */
@CustodianTest
@TestPropertySource(properties = "custodian.axis.key=" + AxisProtocolTests.KEY)
class AxisInactiveSendersTest {

    @LocalServerPort
    int port;
    @Autowired
    AuditLog audit;
    @Autowired
    ClipCatalogue catalogue;
    @Autowired
    Ingest ingest;

    @Test
    void footageFromAUserAndDeviceMarkedInactiveIsStillTakenAndShownAsInactive() throws IOException {
        AxisCamera camera = AxisCamera.at(port);
        AxisFixtures fleet = new AxisFixtures(port);
        assertThat(camera.signIn("axis", AxisProtocolTests.KEY).status()).isEqualTo(200);
        Recording recording = Recording.registered(camera, fleet);
        assertThat(camera.post("Users/" + recording.userId(), headers("X-Object-Meta-Name", "Officer%20Gone",
                "X-Object-Meta-Active", "False", "X-Object-Meta-Userid", recording.officer())).status()).isEqualTo(202);
        assertThat(camera.post("Devices/" + recording.serial(), headers("X-Object-Meta-Name", "Camera%207",
                "X-Object-Meta-Model", "W110", "X-Object-Meta-Active", "False")).status()).isEqualTo(202);

        byte[] clip = dock(camera, recording);

        assertThat(new Clips(port, catalogue, ingest).ofCamera(recording.serial())).singleElement()
                .satisfies(c -> {
                    assertThat(c.sha256().hex()).isEqualTo(Footage.sha256(clip));
                    assertThat(c.officerCollar()).isEqualTo(recording.officer());
                    assertThat(c.status().name()).isEqualTo("STORED");
                });
        assertThat(fleet.camera(recording.serial()).json().get("status").asString()).isEqualTo("IN_SERVICE");
        assertThat(Api.at(port).admin().get("/api/v1/officers/" + recording.officer()).json().get("active").asBoolean())
                .isTrue();
        assertThat(audit.find(AuditQuery.forSubject("axis-recording", recording.container())))
                .filteredOn(e -> e.action().equals("axis.recording-created")).singleElement()
                .extracting(AuditEntry::details).asString()
                .contains("\"axisUserActive\":\"false\"", "\"deviceActive\":\"false\"");

        WebSession.Page page = admin().get("/ingest");
        assertThat(row(page, "inactive-user-" + recording.userId())).contains("Officer Gone", recording.officer(),
                "<td class=\"num\">1</td>");
        assertThat(row(page, "inactive-device-" + recording.serial())).contains("Camera 7", "<td class=\"num\">1</td>");
        String received = row(page, "clip-" + clipId(recording));
        assertThat(received).contains("inactive in Axis");
    }

    @Test
    void aDeviceMarkedActiveAgainIsNoLongerShownAsInactive() {
        AxisCamera camera = AxisCamera.at(port);
        assertThat(camera.signIn("axis", AxisProtocolTests.KEY).status()).isEqualTo(200);
        Recording recording = Recording.registered(camera, new AxisFixtures(port));
        assertThat(camera.post("Devices/" + recording.serial(), headers("X-Object-Meta-Model", "W110",
                "X-Object-Meta-Active", "False")).status()).isEqualTo(202);
        assertThat(admin().get("/ingest").body()).contains("inactive-device-" + recording.serial());

        assertThat(camera.post("Devices/" + recording.serial(), headers("X-Object-Meta-Model", "W110",
                "X-Object-Meta-Active", "True")).status()).isEqualTo(202);

        assertThat(admin().get("/ingest").body()).doesNotContain("inactive-device-" + recording.serial())
                .doesNotContain("inactive-user-" + recording.userId());
    }

    private static byte[] dock(AxisCamera camera, Recording recording) throws IOException {
        Instant start = recording.triggerOn();
        assertThat(camera.put(recording.container(), headers("X-Container-Meta-Bwcserialnumber", recording.serial(),
                "X-Container-Meta-Userid", recording.userId(), "X-Container-Meta-Status", "Transferring"))
                .status()).isEqualTo(201);
        byte[] clip = Footage.filmed(recording.serial(), start);
        assertThat(AxisDockingScenarioTest.putClip(camera, recording, start, clip).status()).isEqualTo(201);
        assertThat(camera.post(recording.container(), headers("X-Container-Meta-Status", "Complete")).status())
                .isEqualTo(204);
        return clip;
    }

    private String clipId(Recording recording) {
        return Api.at(port).admin().get("/api/v1/clips?camera=" + recording.serial()).json().get(0).get("id").asString();
    }

    private WebSession admin() {
        WebSession session = WebSession.at(port);
        session.signIn("admin", "test-admin-password");
        return session;
    }

    private static String row(WebSession.Page page, String id) {
        int start = page.body().indexOf("id=\"" + id + "\"");
        assertThat(start).as("row " + id).isNotNegative();
        return page.body().substring(start, page.body().indexOf("</tr>", start));
    }
}
