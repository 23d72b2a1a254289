package org.custodian.ingest.axis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodian.ingest.axis.AxisCamera.headers;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.custodian.audit.AuditEntry;
import org.custodian.audit.AuditLog;
import org.custodian.audit.AuditQuery;
import org.custodian.support.CustodianTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Users and Devices kept in step with the fleet, recording containers and their metadata, and names or
 * metadata that are refused before anything is kept.
 */
@CustodianTest
@TestPropertySource(properties = "custodian.axis.key=" + AxisProtocolTests.KEY)
class AxisDirectoryAndContainerTests {

    @LocalServerPort
    int port;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    AxisCamera camera;
    AxisFixtures fleet;

    @BeforeEach
    void signIn() {
        fleet = new AxisFixtures(port);
        camera = AxisCamera.at(port);
        assertThat(camera.signIn("axis", AxisProtocolTests.KEY).status()).isEqualTo(200);
    }

    @Test
    void linksAUserToTheOfficerWithThatCollarNumber() {
        String collar = fleet.officer();
        String linked = UUID.randomUUID().toString();
        String unlinked = UUID.randomUUID().toString();
        assertThat(camera.put("Users", headers()).status()).isIn(201, 202);
        assertThat(camera.put("Users/" + linked, headers("X-Object-Meta-Name", "Jane%20Smith",
                "X-Object-Meta-Active", "True", "X-Object-Meta-Userid", collar.toLowerCase())).status()).isEqualTo(201);
        assertThat(camera.post("Users/" + unlinked, headers("X-Object-Meta-Name", "Visitor",
                "X-Object-Meta-Userid", "NOBODY999")).status()).isEqualTo(202);

        AuditEntry entry = audit.find(AuditQuery.forSubject("axis-user", linked)).get(0);
        assertThat(entry.actor()).isEqualTo("axis:axis");
        assertThat(entry.details()).contains("\"officer\":\"" + collar + "\"").contains("Jane Smith");
        assertThat(audit.find(AuditQuery.forSubject("axis-user", unlinked)).get(0).details())
                .contains("(not linked)");
        assertThat(camera.head("Users/" + linked).header("X-Object-Meta-Name")).isEqualTo("Jane%20Smith");
    }

    @Test
    void registersANewDeviceAsAFleetCameraAndUpdatesItsModel() {
        String serial = AxisFixtures.unique("B8A44F", 12);
        assertThat(camera.put("Devices/" + serial, headers("X-Object-Meta-Name", "Camera%2012",
                "X-Object-Meta-Model", "W100", "X-Object-Meta-Active", "True")).status()).isEqualTo(201);
        assertThat(fleet.camera(serial).json().get("model").asString()).isEqualTo("W100");
        assertThat(camera.post("Devices/" + serial, headers("X-Object-Meta-Name", "Camera%2012",
                "X-Object-Meta-Model", "W110")).status()).isEqualTo(202);
        assertThat(fleet.camera(serial).json().get("model").asString()).isEqualTo("W110");
        assertThat(audit.find(AuditQuery.forSubject("camera", serial))).extracting(AuditEntry::action)
                .contains("camera.registered", "camera.updated", "axis.device-recorded");
    }

    @Test
    void refusesAMalformedDeviceSerial() {
        assertThat(camera.put("Devices/ab", headers("X-Object-Meta-Model", "W100")).status()).isEqualTo(400);
    }

    @Test
    void mergesContainerMetadataAsSwiftDoes() {
        Recording recording = Recording.registered(camera, fleet);
        assertThat(camera.put(recording.container(), headers("X-Container-Meta-Triggeron", "Button",
                "X-Container-Meta-Status", "Transferring")).status()).isEqualTo(201);
        assertThat(camera.put(recording.container(), headers("X-Container-Meta-Firmwareversion", "1.2.3")).status())
                .isEqualTo(202);
        assertThat(camera.post(recording.container(), headers("X-Container-Meta-Triggeron", "")).status())
                .isEqualTo(204);
        AxisCamera.Reply head = camera.head(recording.container());
        assertThat(head.status()).isEqualTo(204);
        assertThat(head.header("X-Container-Meta-Firmwareversion")).isEqualTo("1.2.3");
        assertThat(head.header("X-Container-Meta-Status")).isEqualTo("Transferring");
        assertThat(head.header("X-Container-Meta-Triggeron")).isNull();
        assertThat(audit.find(AuditQuery.forSubject("axis-recording", recording.container())))
                .extracting(AuditEntry::action).containsExactly("axis.recording-created");
    }

    @Test
    void storesTheMetadataThatCompletesARecordingWithTheCompletion() {
        Recording recording = Recording.registered(camera, fleet);
        assertThat(camera.put(recording.container(), headers("X-Container-Meta-Triggeron", "Button",
                "X-Container-Meta-Status", "Transferring")).status()).isEqualTo(201);
        assertThat(camera.post(recording.container(), headers("X-Container-Meta-Status", "Complete",
                "X-Container-Meta-Triggeron", "", "X-Container-Meta-Firmwareversion", "1.2.3")).status()).isEqualTo(204);
        AxisCamera.Reply head = camera.head(recording.container());
        assertThat(head.header("X-Container-Meta-Status")).isEqualTo("Complete");
        assertThat(head.header("X-Container-Meta-Firmwareversion")).isEqualTo("1.2.3");
        assertThat(head.header("X-Container-Meta-Triggeron")).isNull();
        // Completing again (a system that did not hear the answer) changes nothing and is not audited twice.
        assertThat(camera.post(recording.container(), headers("X-Container-Meta-Status", "Complete")).status())
                .isEqualTo(204);
        assertThat(camera.head(recording.container()).header("X-Container-Meta-Firmwareversion")).isEqualTo("1.2.3");
        assertThat(audit.find(AuditQuery.forSubject("axis-recording", recording.container())))
                .extracting(AuditEntry::action).containsExactlyInAnyOrder("axis.recording-created", "axis.recording-completed");
    }

    @Test
    void refusesARecordingOfAnUnknownUserOrDeviceWith400() {
        Recording recording = Recording.registered(camera, fleet);
        String unknownUser = UUID.randomUUID() + "_" + recording.serial() + "_1661255226";
        String unknownDevice = recording.userId() + "_" + AxisFixtures.unique("ZZ", 12) + "_1661255226";
        assertThat(camera.put(unknownUser, headers()).text()).contains("Unknown user");
        assertThat(camera.put(unknownUser, headers()).status()).isEqualTo(400);
        assertThat(camera.put(unknownDevice, headers()).status()).isEqualTo(400);
        assertThat(camera.head(unknownUser).status()).isEqualTo(404);
        assertThat(camera.head(unknownDevice).status()).isEqualTo(404);
    }

    @Test
    void refusesContainersThatAreNotAxisContainers() {
        assertThat(camera.put("holiday-photos", headers()).status()).isEqualTo(400);
        assertThat(camera.head("holiday-photos").status()).isEqualTo(404);
    }

    @Test
    void refusesOversizeMetadataWith400AndKeepsNothing() {
        Recording recording = Recording.registered(camera, fleet);
        AxisCamera.Reply reply = camera.put(recording.container(), headers("X-Container-Meta-Triggeron", "x".repeat(300)));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.text()).contains("at most 256");
        assertThat(camera.head(recording.container()).status()).isEqualTo(404);
        String[] pairs = new String[2 * 95];
        for (int i = 0; i < 95; i++) {
            pairs[2 * i] = "X-Container-Meta-K" + i;
            pairs[2 * i + 1] = "v";
        }
        assertThat(camera.put(recording.container(), headers(pairs)).status()).isEqualTo(400);
        assertThat(camera.head(recording.container()).status()).isEqualTo(404);
    }

    @Test
    void refusesPathTraversalNamesWith400AndStoresNothing() throws Exception {
        Recording recording = Recording.registered(camera, fleet);
        camera.put(recording.container(), headers());
        long objectsBefore = jdbc.sql("SELECT COUNT(*) FROM axis_object").query(Long.class).single();
        String base = "/v1/AUTH_axis/" + recording.container() + "/";
        for (String name : new String[] {"../Users/x.mp4", "..%2F..%2Fetc%2Fpasswd", "%2e%2e", "a%2Fb.mp4",
                "a%5Cb.mp4", "a%00b.mp4", "a%0D%0Ab.mp4", "a%1Fb.mp4", "..", "a;jsessionid=1.mp4", "%C0%AE%C0%AE",
                "a%252Fb.mp4", "a//b.mp4", "/etc/passwd"}) {
            int status = RawHttp.send(port, RawHttp.request("PUT", base + name, camera.token(),
                    "Content-Length: 4", "X-Object-Meta-Starttime: 1661255226"), "abcd".getBytes(StandardCharsets.UTF_8));
            assertThat(status).as(name).isEqualTo(400);
        }
        assertThat(RawHttp.send(port, RawHttp.request("PUT", "/v1/AUTH_axis/Users%2F..%2FDevices", camera.token(),
                "Content-Length: 0"), new byte[0])).isEqualTo(400);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM axis_object").query(Long.class).single()).isEqualTo(objectsBefore);
    }

    @Test
    void refusesAClipWithoutAStartTime() {
        Recording recording = Recording.registered(camera, fleet);
        camera.put(recording.container(), headers());
        byte[] body = "not really a clip".getBytes(StandardCharsets.UTF_8);
        AxisCamera.Reply reply = camera.put(recording.container() + "/20220823_114706_1.mp4",
                headers("X-Object-Meta-Stoptime", "1661255286"), body);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(camera.head(recording.container() + "/20220823_114706_1.mp4").status()).isEqualTo(404);
    }

    @Test
    void refusesObjectsInARecordingThatWasNeverCreated() {
        Recording recording = Recording.registered(camera, fleet);
        assertThat(camera.put(recording.container() + "/bookmark_1_1", headers(), new byte[0]).status())
                .isEqualTo(404);
    }
}
