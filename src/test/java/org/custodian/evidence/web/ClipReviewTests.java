package org.custodian.evidence.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.custodian.audit.AuditEntry;
import org.custodian.audit.AuditLog;
import org.custodian.audit.AuditQuery;
import org.custodian.evidence.Clip;
import org.custodian.evidence.ClipCatalogue;
import org.custodian.evidence.ClipId;
import org.custodian.evidence.Footage;
import org.custodian.fleet.CameraCustody;
import org.custodian.fleet.Fleet;
import org.custodian.identity.Accounts;
import org.custodian.identity.Role;
import org.custodian.ingest.Ingest;
import org.custodian.support.Api;
import org.custodian.support.CustodianTest;
import org.custodian.support.FleetRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Reviewing footage: metadata, bookmarks, incident groups and reasons, each audited; the footage never changes. */
@CustodianTest
class ClipReviewTests {

    @LocalServerPort
    int port;
    @Autowired
    Ingest ingest;
    @Autowired
    Fleet fleet;
    @Autowired
    CameraCustody custody;
    @Autowired
    Accounts accounts;
    @Autowired
    AuditLog audit;
    @Autowired
    ClipCatalogue catalogue;
    @Autowired
    Footage footage;

    FleetRecords records;
    CatalogueFixture at;
    String smith;
    String jones;
    ClipId smiths;
    Api smithApi;

    @BeforeEach
    void aClip() throws Exception {
        records = new FleetRecords(fleet, custody, accounts);
        at = new CatalogueFixture(ingest);
        smith = records.officer();
        jones = records.officer();
        smiths = at.clip(records.camera(), smith, at.morning, 600);
        smithApi = Api.at(port).as(records.user(Role.OFFICER, smith), FleetRecords.PASSWORD);
    }

    @Test
    void anOfficerTagsTheirClipAndEachChangeIsAuditedOldToNewWhileTheFootageIsUntouched() throws Exception {
        Clip before = catalogue.require(smiths);

        Api.Response first = smithApi.patch("/api/v1/clips/" + smiths, Map.of("category", "evidential", "crimeReference",
                "cris 1234567/25", "title", "Arrest at the market"));
        Map<String, Object> second = new HashMap<>();
        second.put("category", "Use of force");
        second.put("title", null);
        smithApi.patch("/api/v1/clips/" + smiths, second);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("category").asString()).isEqualTo("evidential");
        assertThat(first.json().get("crimeReference").asString()).isEqualTo("CRIS 1234567/25");
        JsonNode now = smithApi.get("/api/v1/clips/" + smiths).json();
        assertThat(now.get("category").asString()).isEqualTo("use-of-force");
        assertThat(now.get("title").isNull()).isTrue();
        List<AuditEntry> changes = audit.find(AuditQuery.forSubject("clip", smiths.toString())).stream()
                .filter(e -> e.action().equals("clip.metadata-changed")).toList();
        assertThat(changes).hasSize(2).allMatch(e -> e.outcome().equals("SUCCEEDED"));
        assertThat(changes).extracting(AuditEntry::details).anySatisfy(d -> assertThat(d)
                .contains("\"category.new\":\"evidential\"", "\"category.old\":\"null\"",
                        "\"crimeReference.new\":\"CRIS 1234567/25\""))
                .anySatisfy(d -> assertThat(d).contains("\"category.old\":\"evidential\"",
                        "\"category.new\":\"use-of-force\"", "\"title.old\":\"Arrest at the market\"", "\"title.new\":\"null\""));
        Clip after = catalogue.require(smiths);
        assertThat(after.sha256()).isEqualTo(before.sha256());
        assertThat(after.blobKey()).isEqualTo(before.blobKey());
        assertThat(after.sizeBytes()).isEqualTo(before.sizeBytes());
        try (InputStream bytes = footage.openRange(smiths, 0, after.sizeBytes())) {
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.readAllBytes())))
                    .isEqualTo(before.sha256().hex());
        }
    }

    @Test
    void badValuesAreRefusedWithAClearMessageAndChangeNothing() {
        assertDetail(smithApi.patch("/api/v1/clips/" + smiths, Map.of("crimeReference", "12;DROP TABLE")), 400,
                "Crime reference '12;DROP TABLE' is malformed");
        assertDetail(smithApi.patch("/api/v1/clips/" + smiths, Map.of("category", "parking")), 400, "Unknown category");
        assertDetail(smithApi.patch("/api/v1/clips/" + smiths, Map.of("sha256", "00")), 400, "Unknown field 'sha256'");
        assertDetail(smithApi.patch("/api/v1/clips/" + smiths, Map.of("title", 5)), 400, "title must be text");
        assertThat(smithApi.get("/api/v1/clips/" + smiths).json().get("category").isNull()).isTrue();
    }

    @Test
    void peopleAddChangeAndRemoveTheirBookmarksButTheCamerasAreKept() {
        at.cameraBookmark(smiths, at.morning.plusSeconds(30), "camera button");
        long cameras = smithApi.get("/api/v1/clips/" + smiths).json().get("bookmarks").get(0).get("id").asLong();

        Api.Response added = smithApi.post("/api/v1/clips/" + smiths + "/bookmarks",
                Map.of("offsetSeconds", 90, "text", "Suspect runs"));
        long mine = added.json().get("id").asLong();
        Api.Response changed = smithApi.put("/api/v1/clips/" + smiths + "/bookmarks/" + mine,
                Map.of("at", at.morning.plusSeconds(95).toString(), "text", "Suspect runs towards the bus stop"));

        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("at").asString()).isEqualTo(at.morning.plusSeconds(90).toString());
        assertThat(added.json().get("origin").asString()).isEqualTo("PERSON");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        JsonNode bookmarks = smithApi.get("/api/v1/clips/" + smiths).json().get("bookmarks");
        assertThat(bookmarks.valueStream().map(b -> b.get("origin").asString() + ":" + b.get("text").asString()))
                .containsExactly("CAMERA:camera button", "PERSON:Suspect runs towards the bus stop");
        assertDetail(smithApi.put("/api/v1/clips/" + smiths + "/bookmarks/" + cameras, Map.of("offsetSeconds", 1)), 409,
                "made by the camera");
        assertThat(smithApi.delete("/api/v1/clips/" + smiths + "/bookmarks/" + cameras).status()).isEqualTo(409);
        assertDetail(smithApi.post("/api/v1/clips/" + smiths + "/bookmarks", Map.of("offsetSeconds", 3600)), 400,
                "within the recording");
        assertThat(smithApi.delete("/api/v1/clips/" + smiths + "/bookmarks/" + mine).status()).isEqualTo(204);
        assertThat(smithApi.get("/api/v1/clips/" + smiths).json().get("bookmarks").size()).isEqualTo(1);
        assertThat(audit.find(AuditQuery.forSubject("clip", smiths.toString()))).extracting(AuditEntry::action)
                .contains("clip.bookmark-added", "clip.bookmark-changed", "clip.bookmark-removed");
        assertThat(audit.find(AuditQuery.forSubject("clip", smiths.toString()))).filteredOn(e -> e.action()
                .equals("clip.bookmark-changed")).singleElement().extracting(AuditEntry::details).asString()
                .contains("\"text.old\":\"Suspect runs\"", "\"text.new\":\"Suspect runs towards the bus stop\"");
    }

    @Test
    void suggestsOtherOfficersClipsNearInTimeAndPlaceAndAPersonConfirmsTheGroup() throws Exception {
        at.track(smiths, at.morning, new double[] { 0, 0 }, new double[] { 0, 200 });
        ClipId near = at.clip(records.camera(), jones, at.morning.plusSeconds(300), 600);
        at.track(near, at.morning.plusSeconds(300), new double[] { 100, 100 }, new double[] { 100, 300 });
        ClipId far = at.clip(records.camera(), jones, at.morning.plusSeconds(300), 600);
        at.track(far, at.morning.plusSeconds(300), new double[] { 5000, 0 });
        ClipId later = at.clip(records.camera(), jones, at.morning.plusSeconds(7200), 600);
        at.track(later, at.morning.plusSeconds(7200), new double[] { 0, 0 });
        Api evidence = Api.at(port).as(records.user(Role.EVIDENCE_OFFICER, null), FleetRecords.PASSWORD);

        Api.Response related = evidence.get("/api/v1/clips/" + smiths + "/related?reason=Building%20the%20case");
        Api.Response confirmed = evidence.post("/api/v1/incidents",
                Map.of("clips", List.of(smiths.toString(), near.toString()), "cadIncident", "cad 123/01jan25"));

        assertThat(related.status()).as(related.body()).isEqualTo(200);
        assertThat(related.json().valueStream().map(r -> r.get("clip").get("id").asString())).containsExactly(near.toString());
        assertThat(related.json().get(0).get("metres").asDouble()).isBetween(95.0, 105.0);
        assertThat(evidence.get("/api/v1/clips/" + smiths + "/related").status()).isEqualTo(403);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(201);
        assertThat(confirmed.json().get("cadIncident").asString()).isEqualTo("CAD 123/01JAN25");
        String incident = confirmed.json().get("id").asString();
        assertThat(smithApi.get("/api/v1/clips/" + smiths).json().get("incidents").get(0).asString()).isEqualTo(incident);
        assertThat(evidence.get("/api/v1/incidents/" + incident).json().get("clips").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder(smiths.toString(), near.toString());
        assertThat(smithApi.get("/api/v1/incidents/" + incident).json().get("clips").valueStream().map(JsonNode::asString))
                .containsExactly(smiths.toString());
        Api stranger = Api.at(port).as(records.user(Role.OFFICER, records.officer()), FleetRecords.PASSWORD);
        assertThat(stranger.get("/api/v1/incidents/" + incident).status()).isEqualTo(404);
        assertThat(Api.at(port).as(records.user(Role.PROSECUTOR, null), FleetRecords.PASSWORD)
                .get("/api/v1/incidents/" + incident).status()).isEqualTo(403);
        assertThat(audit.find(AuditQuery.forSubject("incident", incident))).extracting(AuditEntry::action,
                AuditEntry::outcome).contains(org.assertj.core.groups.Tuple.tuple("incident.confirmed", "SUCCEEDED"),
                        org.assertj.core.groups.Tuple.tuple("incident.read", "SUCCEEDED"),
                        org.assertj.core.groups.Tuple.tuple("incident.read", "DENIED"));
        assertThat(audit.find(AuditQuery.forSubject("clip", near.toString()))).extracting(AuditEntry::action)
                .contains("clip.grouped");
        assertDetail(smithApi.post("/api/v1/incidents", Map.of("clips", List.of(smiths.toString(), near.toString()))), 403,
                "may not group clip " + near);
        assertDetail(evidence.post("/api/v1/incidents", Map.of("clips", List.of(smiths.toString()))), 400,
                "at least two different clips");
    }

    @Test
    void openingAnothersClipNeedsAReasonWhichIsAuditedAndOwnFootageBeforeAStatementIsLoggedSo() {
        Api dpo = Api.at(port).as(records.user(Role.DATA_PROTECTION_OFFICER, null), FleetRecords.PASSWORD);

        assertDetail(dpo.get("/api/v1/clips/" + smiths), 403, "say why you are opening it");
        Api.Response withHeader = dpo.getWithHeader("/api/v1/clips/" + smiths, "X-Access-Reason", "SAR 2025/77");
        Api.Response statement = smithApi.get("/api/v1/clips/" + smiths + "?purpose=statement");

        assertThat(withHeader.status()).isEqualTo(200);
        assertThat(statement.status()).isEqualTo(200);
        assertDetail(smithApi.get("/api/v1/clips/" + smiths + "?purpose=fun"), 400, "the only purpose is 'statement'");
        List<AuditEntry> reads = audit.find(AuditQuery.forSubject("clip", smiths.toString())).stream()
                .filter(e -> e.action().equals("clip.read")).toList();
        assertThat(reads).extracting(AuditEntry::outcome, AuditEntry::reason).contains(
                org.assertj.core.groups.Tuple.tuple("DENIED", null),
                org.assertj.core.groups.Tuple.tuple("SUCCEEDED", "SAR 2025/77"),
                org.assertj.core.groups.Tuple.tuple("SUCCEEDED", "before writing a statement"));
        assertThat(reads).filteredOn(e -> "before writing a statement".equals(e.reason())).singleElement()
                .extracting(AuditEntry::details).asString().contains("\"purpose\":\"statement\"");
    }

    static void assertDetail(Api.Response response, int status, String detail) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.json().get("detail").asString()).contains(detail);
    }
}
