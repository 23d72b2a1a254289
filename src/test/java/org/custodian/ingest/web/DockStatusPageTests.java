package org.custodian.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.custodian.audit.AuditEntry;
import org.custodian.audit.AuditLog;
import org.custodian.audit.AuditQuery;
import org.custodian.fleet.CameraCustody;
import org.custodian.fleet.Fleet;
import org.custodian.identity.Accounts;
import org.custodian.identity.Role;
import org.custodian.ingest.Ingest;
import org.custodian.ingest.IngestRefusals;
import org.custodian.ingest.Received;
import org.custodian.ingest.Refusal;
import org.custodian.shared.Sha256;
import org.custodian.support.CustodianTest;
import org.custodian.support.FleetRecords;
import org.custodian.support.RandomClips;
import org.custodian.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The dock status page as a signed-in supervisor gets it: real uploads, real refusals, rendered HTML. Runs on
 * H2 here and on PostgreSQL in {@link DockStatusPagePostgresTest}.
 */
@CustodianTest
@TestPropertySource(properties = "custodian.axis.key=" + DockStatusPageTests.AXIS_KEY)
class DockStatusPageTests {

    static final String AXIS_KEY = "dock-status-page-axis-key";
    private static final Instant STARTED = Instant.parse("2026-11-20T09:00:00Z");

    @LocalServerPort
    int port;
    @Autowired
    Fleet fleet;
    @Autowired
    CameraCustody custody;
    @Autowired
    Accounts accounts;
    @Autowired
    Ingest ingest;
    @Autowired
    AuditLog audit;
    @Autowired
    IngestRefusals refusals;
    @Autowired
    JdbcClient jdbc;

    FleetRecords records;
    DockTraffic traffic;

    @BeforeEach
    void setUp() {
        records = new FleetRecords(fleet, custody, accounts);
        traffic = new DockTraffic(port, "test-admin-password", AXIS_KEY);
    }

    @Test
    void showsUploadsArrivingClipsReceivedAndQuarantinedAndRefusalsWithWhy() throws Exception {
        String camera = records.camera();
        String officer = records.officer();
        Received stored = receive(camera, officer, null);
        Received quarantined = receive(camera, officer, Sha256.of("ab".repeat(32)));
        String tusUpload = traffic.tusUploadHalfDone(camera, 4000, 1000);
        String unknownCamera = FleetRecords.unique("NOPE-", 14);
        traffic.tusUploadForUnknownCamera(unknownCamera);
        String recording = traffic.axisRecordingCutOff(officer, records.camera());
        String unregistered = FleetRecords.unique("UNREG-", 14);
        traffic.axisRecordingFromUnknownDevice(officer, unregistered);
        String supervisor = records.user(Role.SUPERVISOR, null);

        WebSession.Page page = signIn(supervisor, FleetRecords.PASSWORD).get("/ingest");

        assertThat(page.status()).isEqualTo(200);
        assertThat(row(page, "upload-" + tusUpload)).contains("tus", camera, "admin", "1.0 kB", "of 4.0 kB (25%)");
        assertThat(row(page, "upload-" + recording)).contains("axis", "recording still Transferring");
        assertThat(row(page, "clip-" + stored.clipId())).contains(camera, officer, stored.sha256().hex().substring(0, 12),
                "STORED");
        assertThat(row(page, "quarantined-" + quarantined.clipId())).contains("Device hash mismatch", "abababababab",
                quarantined.sha256().hex().substring(0, 12));
        String refused = section(page, "refused");
        assertThat(refused).contains("POST /api/v1/uploads/", unknownCamera, "is not registered in the fleet");
        assertThat(refused).contains("PUT ", unregistered, "Unknown device");
        assertThat(audit.find(new AuditQuery(supervisor, "ingest.status-viewed", null, null, null, null, 0, 10)))
                .extracting(AuditEntry::subjectId).containsExactly("docks");
    }

    @Test
    void onlyAdministratorsSupervisorsAndEvidenceOfficersSeeTheDockStatus() {
        WebSession officer = signIn(records.user(Role.OFFICER, records.officer()), FleetRecords.PASSWORD);
        assertThat(officer.get("/ingest").status()).isEqualTo(403);
        assertThat(officer.get("/").body()).doesNotContain("href=\"/ingest\"");

        WebSession supervisor = signIn(records.user(Role.SUPERVISOR, null), FleetRecords.PASSWORD);
        assertThat(supervisor.get("/").body()).contains("href=\"/ingest\"");
        WebSession evidence = signIn(records.user(Role.EVIDENCE_OFFICER, null), FleetRecords.PASSWORD);
        assertThat(evidence.get("/").body()).contains("href=\"/ingest\"");
        assertThat(evidence.get("/ingest").status()).isEqualTo(200);
        assertThat(signIn("admin", "test-admin-password").get("/ingest").status()).isEqualTo(200);
    }

    @Test
    void anEvidenceOfficerReleasesOneQuarantinedClipAndConfirmsAnotherCorruptFromThePage() throws Exception {
        String camera = records.camera();
        String officer = records.officer();
        Received released = receive(camera, officer, Sha256.of("ab".repeat(32)));
        Received corrupt = receive(camera, officer, Sha256.of("cd".repeat(32)));
        String reviewer = records.user(Role.EVIDENCE_OFFICER, null);
        WebSession session = signIn(reviewer, FleetRecords.PASSWORD);
        WebSession.Page page = session.get("/ingest");
        assertThat(row(page, "quarantined-" + released.clipId())).contains("id=\"review-" + released.clipId() + "\"",
                "/ingest/quarantine/" + released.clipId() + "/release", "/ingest/quarantine/" + released.clipId() + "/confirm");

        WebSession.Page refused = session.submit(page, "/ingest/quarantine/" + released.clipId() + "/release",
                Map.of("reason", ""));
        assertThat(refused.path()).isEqualTo("/ingest");
        assertThat(refused.body()).contains("A written reason is required");
        page = session.submit(refused, "/ingest/quarantine/" + released.clipId() + "/release",
                Map.of("reason", "Firmware 11.2 hashes the wrong buffer"));
        page = session.submit(page, "/ingest/quarantine/" + corrupt.clipId() + "/confirm",
                Map.of("reason", "Card write error in the camera's log"));

        assertThat(page.body()).contains("Clip " + corrupt.clipId() + " confirmed corrupt");
        assertThat(section(page, "quarantined")).doesNotContain(released.clipId().toString());
        assertThat(row(page, "clip-" + released.clipId())).contains("STORED", "released from quarantine by " + reviewer);
        assertThat(row(page, "quarantined-" + corrupt.clipId())).contains("Confirmed corrupt by " + reviewer,
                "Card write error in the camera&#39;s log").doesNotContain("<form");
        assertThat(audit.find(new AuditQuery(reviewer, null, null, null, null, null, 0, 20)))
                .extracting(AuditEntry::action).contains("clip.released-from-quarantine", "clip.corruption-confirmed");
    }

    @Test
    void aSupervisorSeesQuarantinedClipsButCannotReviewThem() throws Exception {
        Received quarantined = receive(records.camera(), records.officer(), Sha256.of("ef".repeat(32)));
        WebSession supervisor = signIn(records.user(Role.SUPERVISOR, null), FleetRecords.PASSWORD);
        WebSession.Page page = supervisor.get("/ingest");

        assertThat(row(page, "quarantined-" + quarantined.clipId())).contains("Awaiting an evidence officer")
                .doesNotContain("<form");
        assertThat(supervisor.submit(page, "/ingest/quarantine/" + quarantined.clipId() + "/release",
                Map.of("reason", "trust me")).status()).isEqualTo(403);
        assertThat(row(supervisor.get("/ingest"), "quarantined-" + quarantined.clipId())).contains("Awaiting");
    }

    @Test
    void remembersOnlyTheNewestRefusals() {
        String batch = FleetRecords.unique("R", 10);
        for (int i = 0; i < IngestRefusals.KEPT + 3; i++) {
            refusals.record("test", 400, batch + "-" + i, null, "refused for the test");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ingest_refusal").query(Long.class).single())
                .isEqualTo(IngestRefusals.KEPT);
        assertThat(refusals.newest(IngestRefusals.KEPT)).extracting(Refusal::request)
                .startsWith(batch + "-" + (IngestRefusals.KEPT + 2)).endsWith(batch + "-3");
    }

    private Received receive(String camera, String officer, Sha256 claimed) throws Exception {
        return RandomClips.receive(ingest, camera, officer, STARTED, claimed);
    }

    private WebSession signIn(String username, String password) {
        WebSession session = WebSession.at(port);
        assertThat(session.signIn(username, password).body()).doesNotContain("id=\"sign-in\"");
        return session;
    }

    private static String row(WebSession.Page page, String id) {
        int start = page.body().indexOf("id=\"" + id + "\"");
        assertThat(start).as("row " + id).isNotNegative();
        return page.body().substring(start, page.body().indexOf("</tr>", start));
    }

    private static String section(WebSession.Page page, String tableId) {
        int start = page.body().indexOf("id=\"" + tableId + "\"");
        assertThat(start).as("table " + tableId).isNotNegative();
        return page.body().substring(start, page.body().indexOf("</table>", start));
    }
}
