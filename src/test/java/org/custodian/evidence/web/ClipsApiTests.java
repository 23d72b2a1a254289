package org.custodian.evidence.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.custodian.audit.AuditEntry;
import org.custodian.audit.AuditLog;
import org.custodian.audit.AuditQuery;
import org.custodian.fleet.CameraCustody;
import org.custodian.fleet.Fleet;
import org.custodian.identity.Accounts;
import org.custodian.identity.Role;
import org.custodian.ingest.Ingest;
import org.custodian.ingest.Received;
import org.custodian.support.Api;
import org.custodian.support.CustodianTest;
import org.custodian.support.FleetRecords;
import org.custodian.support.RandomClips;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Runs on H2 here and on PostgreSQL in {@link ClipsApiPostgresTest}. */
@CustodianTest
class ClipsApiTests {

    static final Instant MORNING = Instant.parse("2026-11-20T08:00:00Z");

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
    String smith;
    String jones;
    Received smithsClip;
    Received jonesClip;

    @BeforeEach
    void twoOfficersShareACamera() throws Exception {
        records = new FleetRecords(fleet, custody, accounts);
        camera = records.camera();
        smith = records.officer();
        jones = records.officer();
        smithsClip = dock(camera, smith, MORNING);
        jonesClip = dock(camera, jones, MORNING.plusSeconds(3600));
        dock(records.camera(), smith, MORNING.plusSeconds(60));
    }

    @Test
    void listsACamerasClipsNewestFirstWithTheirFacts() {
        Api.Response response = Api.at(port).admin().get("/api/v1/clips?camera=" + camera.toLowerCase());

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<JsonNode> clips = response.json().valueStream().toList();
        assertThat(clips).extracting(c -> c.get("id").asString())
                .containsExactly(jonesClip.clipId().toString(), smithsClip.clipId().toString());
        JsonNode smiths = clips.get(1);
        assertThat(smiths.get("sha256").asString()).isEqualTo(smithsClip.sha256().hex());
        assertThat(smiths.get("sizeBytes").asLong()).isEqualTo(smithsClip.sizeBytes());
        assertThat(smiths.get("camera").asString()).isEqualTo(camera);
        assertThat(smiths.get("officer").asString()).isEqualTo(smith);
        assertThat(smiths.get("startedAt").asString()).isEqualTo("2026-11-20T08:00:00Z");
        assertThat(smiths.get("endedAt").asString()).isEqualTo("2026-11-20T08:02:00Z");
        assertThat(smiths.get("status").asString()).isEqualTo("STORED");
        assertThat(audit.find(AuditQuery.forSubject("camera", camera))).extracting(AuditEntry::action)
                .contains("clip.listed");
    }

    @Test
    void anOfficerSeesOnlyTheirOwnClips() {
        Api smithsApi = Api.at(port).as(records.user(Role.OFFICER, smith), FleetRecords.PASSWORD);

        assertThat(smithsApi.get("/api/v1/clips?camera=" + camera).json().valueStream().map(c -> c.get("id").asString()))
                .containsExactly(smithsClip.clipId().toString());
        assertThat(smithsApi.get("/api/v1/clips/" + smithsClip.clipId()).status()).isEqualTo(200);
        assertThat(smithsApi.get("/api/v1/clips/" + jonesClip.clipId()).status()).isEqualTo(404);
        assertThat(smithsApi.get("/api/v1/clips?officer=" + jones).json().size()).isZero();
        assertThat(audit.find(AuditQuery.forSubject("clip", jonesClip.clipId().toString())))
                .extracting(AuditEntry::action, AuditEntry::outcome).contains(org.assertj.core.groups.Tuple
                        .tuple("clip.read", "DENIED"));
    }

    @Test
    void everyReadOfAClipIsAuditedWithWhoReadItAndWhy() {
        String supervisor = records.user(Role.SUPERVISOR, null, records.unit());

        Api.Response response = Api.at(port).as(supervisor, FleetRecords.PASSWORD).get("/api/v1/clips/" + jonesClip.clipId());

        assertThat(response.json().get("officer").asString()).isEqualTo(jones);
        assertThat(response.json().get("unit").asString()).isEqualTo(records.unit());
        String evidence = records.user(Role.EVIDENCE_OFFICER, null);
        assertThat(Api.at(port).as(evidence, FleetRecords.PASSWORD)
                .get("/api/v1/clips/" + jonesClip.clipId() + "?reason=Case%20file%20review").status()).isEqualTo(200);
        assertThat(audit.find(AuditQuery.forSubject("clip", jonesClip.clipId().toString())))
                .filteredOn(e -> e.action().equals("clip.read")).extracting(AuditEntry::actor, AuditEntry::reason)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(supervisor, null),
                        org.assertj.core.groups.Tuple.tuple(evidence, "Case file review"));
    }

    @Test
    void prosecutorsCannotListAndBadParametersAreRefused() {
        Api prosecutor = Api.at(port).as(records.user(Role.PROSECUTOR, null), FleetRecords.PASSWORD);

        assertThat(prosecutor.get("/api/v1/clips?camera=" + camera).status()).isEqualTo(403);
        assertThat(Api.at(port).admin().get("/api/v1/clips?size=500").status()).isEqualTo(400);
        assertThat(Api.at(port).admin().get("/api/v1/clips/not-a-uuid").status()).isEqualTo(400);
        assertThat(Api.at(port).get("/api/v1/clips?camera=" + camera).status()).isEqualTo(401);
    }

    private Received dock(String camera, String officer, Instant startedAt) throws Exception {
        return RandomClips.receive(ingest, camera, officer, startedAt, null);
    }
}
