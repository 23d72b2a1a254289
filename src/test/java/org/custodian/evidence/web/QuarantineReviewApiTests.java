package org.custodian.evidence.web;

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
import org.custodian.ingest.Received;
import org.custodian.shared.Sha256;
import org.custodian.support.Api;
import org.custodian.support.CustodianTest;
import org.custodian.support.FleetRecords;
import org.custodian.support.RandomClips;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * Releasing a quarantined clip or confirming it corrupt, through the API and per role. Runs on H2 here and
 * on PostgreSQL in {@link QuarantineReviewApiPostgresTest}.
 */
@CustodianTest
class QuarantineReviewApiTests {

    static final Instant MORNING = Instant.parse("2026-11-20T08:00:00Z");
    static final Sha256 WRONG_CLAIM = Sha256.of("cd".repeat(32));

    @LocalServerPort
    int port;
    @Autowired
    Ingest ingest;
    @Autowired
    AuditLog audit;
    @Autowired
    Fleet fleet;
    @Autowired
    CameraCustody custody;
    @Autowired
    Accounts accounts;

    FleetRecords records;
    String camera;
    String officer;

    @BeforeEach
    void setUp() {
        records = new FleetRecords(fleet, custody, accounts);
        camera = records.camera();
        officer = records.officer();
    }

    @Test
    void anEvidenceOfficerReleasesAQuarantinedClipAndTheClaimStaysOnRecord() throws Exception {
        Received quarantined = dock(WRONG_CLAIM);
        String reviewer = records.user(Role.EVIDENCE_OFFICER, null);

        Api.Response response = Api.at(port).as(reviewer, FleetRecords.PASSWORD)
                .post(path(quarantined, "release"), Map.of("reason", "Firmware 11.2 hashes the wrong buffer"));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode clip = Api.at(port).admin().get("/api/v1/clips/" + quarantined.clipId() + "?reason=quarantine+review").json();
        assertThat(clip.get("status").asString()).isEqualTo("STORED");
        assertThat(clip.get("sha256").asString()).isEqualTo(quarantined.sha256().hex());
        assertThat(clip.get("deviceSha256").asString()).isEqualTo(WRONG_CLAIM.hex());
        JsonNode review = clip.get("quarantineReview");
        assertThat(review.get("decision").asString()).isEqualTo("RELEASED");
        assertThat(review.get("reviewedBy").asString()).isEqualTo(reviewer);
        assertThat(review.get("reason").asString()).isEqualTo("Firmware 11.2 hashes the wrong buffer");
        assertThat(Instant.parse(review.get("reviewedAt").asString())).isAfter(MORNING);
        assertThat(audit.find(AuditQuery.forSubject("clip", quarantined.clipId().toString())))
                .filteredOn(e -> e.action().equals("clip.released-from-quarantine"))
                .extracting(AuditEntry::actor, AuditEntry::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(reviewer, "Firmware 11.2 hashes the wrong buffer"));
    }

    @Test
    void anAdministratorConfirmsAClipCorruptAndItStaysQuarantinedAndReviewed() throws Exception {
        Received quarantined = dock(WRONG_CLAIM);

        Api.Response response = Api.at(port).admin()
                .post(path(quarantined, "confirm"), Map.of("reason", "Card write error in the camera's log"));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("status").asString()).isEqualTo("QUARANTINED");
        assertThat(response.json().get("quarantineReview").get("decision").asString()).isEqualTo("CONFIRMED_CORRUPT");
        assertThat(audit.find(AuditQuery.forSubject("clip", quarantined.clipId().toString())))
                .extracting(AuditEntry::action).contains("clip.corruption-confirmed");
        assertThat(Api.at(port).admin().post(path(quarantined, "release"), Map.of("reason", "second thoughts")).status())
                .isEqualTo(409);
    }

    @Test
    void aReviewWithoutAWrittenReasonIsRefusedAndChangesNothing() throws Exception {
        Received quarantined = dock(WRONG_CLAIM);
        Api admin = Api.at(port).admin();

        assertThat(admin.post(path(quarantined, "release"), Map.of("reason", "  ")).status()).isEqualTo(400);
        assertThat(admin.post(path(quarantined, "release"), "{}").status()).isEqualTo(400);
        assertThat(admin.post(path(quarantined, "confirm"), "").status()).isEqualTo(400);

        JsonNode clip = admin.get("/api/v1/clips/" + quarantined.clipId() + "?reason=quarantine+review").json();
        assertThat(clip.get("status").asString()).isEqualTo("QUARANTINED");
        assertThat(clip.get("quarantineReview").isNull()).isTrue();
    }

    @Test
    void aClipThatIsNotQuarantinedCannotBeReleasedOrConfirmed() throws Exception {
        Received trusted = dock(null);
        Api admin = Api.at(port).admin();

        assertThat(admin.post(path(trusted, "release"), Map.of("reason", "why")).status()).isEqualTo(409);
        assertThat(admin.post(path(trusted, "confirm"), Map.of("reason", "why")).status()).isEqualTo(409);
        assertThat(admin.post("/api/v1/clips/" + java.util.UUID.randomUUID() + "/quarantine/release",
                Map.of("reason", "why")).status()).isEqualTo(404);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"EVIDENCE_OFFICER", "ADMINISTRATOR"}, mode = EnumSource.Mode.EXCLUDE)
    void otherRolesMayNotReview(Role role) throws Exception {
        Received quarantined = dock(WRONG_CLAIM);
        Api api = Api.at(port).as(records.user(role, role == Role.OFFICER ? officer : null), FleetRecords.PASSWORD);

        assertThat(api.post(path(quarantined, "release"), Map.of("reason", "why")).status()).isEqualTo(403);
        assertThat(api.post(path(quarantined, "confirm"), Map.of("reason", "why")).status()).isEqualTo(403);
        assertThat(Api.at(port).admin().get("/api/v1/clips/" + quarantined.clipId() + "?reason=quarantine+review").json().get("status").asString())
                .isEqualTo("QUARANTINED");
    }

    private static String path(Received clip, String decision) {
        return "/api/v1/clips/" + clip.clipId() + "/quarantine/" + decision;
    }

    private Received dock(Sha256 claimed) throws Exception {
        return RandomClips.receive(ingest, camera, officer, MORNING, claimed);
    }
}
