package org.custodian.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.custodian.audit.AuditEntry;
import org.custodian.audit.AuditLog;
import org.custodian.audit.AuditQuery;
import org.custodian.evidence.Clip;
import org.custodian.evidence.ClipCatalogue;
import org.custodian.evidence.ClipId;
import org.custodian.fleet.CameraCustody;
import org.custodian.fleet.Fleet;
import org.custodian.identity.Accounts;
import org.custodian.ingest.Ingest;
import org.custodian.ingest.Upload;
import org.custodian.storage.BlobKey;
import org.custodian.storage.BlobStore;
import org.custodian.support.Api;
import org.custodian.support.CustodianTest;
import org.custodian.support.FleetRecords;
import org.custodian.support.MovableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Retention as a business process, by moving the clock: clips docked on day 0, one evidential, one under a
 * complaint hold, one left alone. Runs on H2 here and on PostgreSQL in {@link RetentionScenarioPostgresTest}.
 */
@CustodianTest
@Import(MovableClock.Config.class)
class RetentionScenarioTests {

    static final Duration DAY = Duration.ofDays(1);

    @Autowired
    MovableClock clock;
    @Autowired
    RetentionSweep retentionSweep;
    @Autowired
    Policies policies;
    @Autowired
    org.custodian.retention.jdbc.PolicyVersions policyVersions;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;
    @Autowired
    Ingest ingest;
    @Autowired
    ClipCatalogue catalogue;
    @Autowired
    BlobStore store;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Fleet fleet;
    @Autowired
    CameraCustody custody;
    @Autowired
    Accounts accounts;
    @LocalServerPort
    int port;

    FleetRecords records;
    String camera;
    String officer;

    @BeforeEach
    void fleet() {
        records = new FleetRecords(fleet, custody, accounts);
        camera = records.camera();
        officer = records.officer();
    }

    @Test
    void deletesTheClipLeftAloneOnDay31AndTheHeldOneOnceReleasedAndKeepsTheEvidentialOneUntilItsDate()
            throws Exception {
        Instant day0 = Instant.parse("2031-03-01T18:00:00Z");
        clock.set(day0);
        ClipId evidential = dock(day0.minus(Duration.ofHours(3)));
        ClipId complained = dock(day0.minus(Duration.ofHours(2)));
        ClipId alone = dock(day0.minus(Duration.ofHours(1)));
        categorise(evidential, "evidential");
        JsonNode hold = admin().post("/api/v1/clips/" + complained + "/holds",
                Map.of("kind", "complaint", "reference", "CO/2031/0042", "reason", "Complaint about the arrest"))
                .json();
        long holdId = hold.get("id").asLong();

        clock.set(day0.plus(DAY.multipliedBy(30)));
        assertThat(deletedBy(sweep())).doesNotContain(evidential.toString(), complained.toString(), alone.toString());

        clock.set(day0.plus(DAY.multipliedBy(31)));
        JsonNode day31 = sweep();
        assertThat(deletedBy(day31)).contains(alone.toString())
                .doesNotContain(evidential.toString(), complained.toString());
        assertGoneWithReceipt(alone, day31);
        assertThat(admin().get("/api/v1/clips/" + complained + "?reason=retention+review").json().get("retention").get("state").asString())
                .isEqualTo("HELD");

        clock.set(day0.plus(DAY.multipliedBy(40)));
        assertThat(admin().post("/api/v1/holds/" + holdId + "/release",
                Map.of("reason", "Complaint finalised, no further proceedings")).status()).isEqualTo(200);
        JsonNode day40 = sweep();
        assertThat(deletedBy(day40)).contains(complained.toString()).doesNotContain(evidential.toString());
        assertGoneWithReceipt(complained, day40);
        assertThat(actions(complained)).containsSubsequence("clip.deleted", "clip.hold-released", "clip.hold-placed");

        JsonNode retention = admin().get("/api/v1/clips/" + evidential + "?reason=retention+review").json().get("retention");
        assertThat(retention.get("rule").asString()).isEqualTo("EVIDENTIAL");
        Instant deleteAfter = Instant.parse(retention.get("deleteAfter").asString());
        assertThat(deleteAfter).isEqualTo(Instant.parse("2037-03-01T15:00:00Z"));
        assertThat(retention.get("reviewAt").asString()).isEqualTo("2032-03-01T15:00:00Z");
        clock.set(deleteAfter.minus(Duration.ofHours(2)));
        assertThat(deletedBy(sweep())).doesNotContain(evidential.toString());
        clock.set(deleteAfter);
        JsonNode due = sweep();
        assertThat(deletedBy(due)).contains(evidential.toString());
        assertGoneWithReceipt(evidential, due);
        assertThat(admin().get("/api/v1/audit/verify").json().get("intact").asBoolean()).isTrue();
    }

    @Test
    void theSweepFinishesADeletionThatStoppedAfterTheKeyWasShredded() throws Exception {
        Instant day0 = Instant.parse("2033-05-01T10:00:00Z");
        clock.set(day0);
        ClipId clip = dock(day0.minus(Duration.ofHours(1)));
        Clip before = catalogue.require(clip);
        store.put(BlobKey.of("derived/" + clip + "/rendition.mp4"), new ByteArrayInputStream(new byte[100]), 100);
        // A sweep that died after step 2: its deletion recorded as begun, the data key gone, the rest still there.
        jdbc.sql("INSERT INTO clip_deletion (clip_id, state, rule, policy_version, delete_after, started_at) "
                + "VALUES (?, 'STARTED', 'NON_EVIDENTIAL', 1, ?, ?)").params(clip.value(),
                        java.time.OffsetDateTime.parse("2033-05-01T10:00:00Z"),
                        java.time.OffsetDateTime.parse("2033-05-01T10:00:00Z")).update();
        catalogue.shredKey(clip);
        assertThat(store.exists(before.blobKey())).isTrue();

        JsonNode report = sweep();

        assertThat(deletedBy(report)).containsOnlyOnce(clip.toString());
        assertGoneWithReceipt(clip, report);
        assertThat(store.exists(BlobKey.of("derived/" + clip + "/rendition.mp4"))).isFalse();
        assertThat(deletedBy(sweep())).as("a second sweep").doesNotContain(clip.toString());
        assertThat(actions(clip).stream().filter("clip.deleted"::equals)).hasSize(1);
    }

    @Test
    void twoSweepsRunningAtOnceDeleteEachClipOnce() throws Exception {
        Instant day0 = Instant.parse("2034-02-01T10:00:00Z");
        clock.set(day0);
        List<ClipId> clips = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            clips.add(dock(day0.minus(Duration.ofMinutes(10 + i))));
        }
        clock.set(day0.plus(DAY.multipliedBy(31)));

        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(retentionSweep::sweep);
            var second = pool.submit(retentionSweep::sweep);
            RetentionSweep.Report a = first.get();
            RetentionSweep.Report b = second.get();
            assertThat(a.failed() + b.failed()).isZero();
            List<String> deleted = java.util.stream.Stream.concat(a.receipts().stream(), b.receipts().stream())
                    .map(r -> r.clip().toString()).toList();
            assertThat(deleted).containsAll(clips.stream().map(ClipId::toString).toList()).doesNotHaveDuplicates();
        } finally {
            pool.shutdown();
        }
        for (ClipId clip : clips) {
            assertThat(actions(clip).stream().filter("clip.deleted"::equals)).as("receipts of " + clip).hasSize(1);
            assertThat(catalogue.require(clip).status().name()).isEqualTo("DELETED");
        }
    }

    @Test
    void aChangedConfigurationBecomesAProposalAndLeavesThePolicyInForceAlone() {
        PolicyVersion before = policies.inForce();
        RetentionProperties changed = new RetentionProperties(5, Map.of(), 7, Duration.ofHours(1), 500, 4);
        new Policies(policyVersions, changed, audit, clock, tx).adoptConfiguration();

        assertThat(policies.inForce().version()).isEqualTo(before.version());
        List<PolicyVersion> all = policies.all();
        PolicyVersion proposal = all.get(all.size() - 1);
        assertThat(proposal.state()).isEqualTo(PolicyState.PROPOSED);
        assertThat(proposal.proposedBy()).isEqualTo(Policies.CONFIGURATION);
        assertThat(proposal.policy().baseline().keep()).isEqualTo(RetentionPeriod.ofDays(5));
        new Policies(policyVersions, changed, audit, clock, tx).adoptConfiguration();
        assertThat(policies.all()).as("the same change is proposed once").hasSize(proposal.version());
        policies.reject(proposal.version(), "admin", "Not agreed");
    }

    @Test
    void aPreviewLeavesHeldFootageOutAndTheChangeWaitsForASecondAdministrator() throws Exception {
        Instant day0 = Instant.parse("2035-07-01T12:00:00Z");
        clock.set(day0);
        ClipId held = dock(day0.minus(Duration.ofHours(2)));
        ClipId free = dock(day0.minus(Duration.ofHours(1)));
        admin().post("/api/v1/clips/" + held + "/holds", Map.of("kind", "SUBJECT_ACCESS_REQUEST", "reason",
                "SAR received")).json();
        clock.set(day0.plus(DAY.multipliedBy(10)));
        String secondAdmin = records.user(org.custodian.identity.Role.ADMINISTRATOR, null);

        Api.Response proposed = admin().post("/api/v1/retention/policy/proposals",
                Map.of("nonEvidentialDays", 7, "categories", Map.of("evidential", Map.of("keep", "P6Y", "review",
                        "P1Y")), "reason", "Trial of a 7-day period"));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        int version = proposed.json().get("policy").get("version").asInt();
        List<String> listed = proposed.json().get("preview").get("clips").findValuesAsString("clipId");
        assertThat(listed).contains(free.toString()).doesNotContain(held.toString());
        assertThat(proposed.json().get("preview").get("counts").toString()).contains("NON_EVIDENTIAL");

        assertThat(deletedBy(sweep())).as("nothing changes before approval").doesNotContain(free.toString());
        Api.Response self = admin().post("/api/v1/retention/policy/proposals/" + version + "/approve", "");
        assertThat(self.status()).as(self.body()).isEqualTo(409);
        assertThat(audit.find(AuditQuery.forSubject("retention-policy", String.valueOf(version))).stream()
                .filter(e -> e.action().equals("retention.policy-approved")).map(AuditEntry::outcome))
                .as("the refused approval is on record").containsExactly("DENIED");
        assertThat(deletedBy(sweep())).doesNotContain(free.toString());

        Api.Response approved = api().as(secondAdmin, FleetRecords.PASSWORD)
                .post("/api/v1/retention/policy/proposals/" + version + "/approve", "");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("state").asString()).isEqualTo("IN_FORCE");
        JsonNode after = sweep();
        assertThat(deletedBy(after)).contains(free.toString()).doesNotContain(held.toString());
        assertThat(after.get("receipts").findValues("policyVersion").stream().map(JsonNode::asInt))
                .contains(version);
        // Back to the configured policy for the other tests, again with four eyes.
        int restore = admin().post("/api/v1/retention/policy/proposals", Map.of("nonEvidentialDays", 31,
                "categories", Map.of("evidential", Map.of("keep", "P6Y", "review", "P1Y")), "reason", "End of trial"))
                .json().get("policy").get("version").asInt();
        assertThat(api().as(secondAdmin, FleetRecords.PASSWORD)
                .post("/api/v1/retention/policy/proposals/" + restore + "/approve", "").status()).isEqualTo(200);
    }

    @Test
    void officersCannotDeleteHoldOrChangeThePolicyAndSeeOnlyTheirOwnExpiringClips() throws Exception {
        Instant day0 = Instant.parse("2037-09-01T12:00:00Z");
        clock.set(day0);
        ClipId mine = dock(day0.minus(Duration.ofHours(1)));
        String other = records.officer();
        ClipId theirs = dock(day0.minus(Duration.ofHours(1)), other);
        String officerUser = records.user(org.custodian.identity.Role.OFFICER, officer);
        Api officerApi = api().as(officerUser, FleetRecords.PASSWORD);
        long hold = admin().post("/api/v1/clips/" + mine + "/holds", Map.of("kind", "case", "reason", "Arrest"))
                .json().get("id").asLong();

        assertThat(officerApi.post("/api/v1/retention/sweep", "").status()).isEqualTo(403);
        assertThat(officerApi.post("/api/v1/clips/" + mine + "/holds", Map.of("kind", "case", "reason", "x")).status())
                .isEqualTo(403);
        assertThat(officerApi.post("/api/v1/holds/" + hold + "/release", Map.of("reason", "x")).status())
                .isEqualTo(403);
        assertThat(officerApi.post("/api/v1/retention/policy/proposals", Map.of("nonEvidentialDays", 1, "reason",
                "x")).status()).isEqualTo(403);
        assertThat(api().as(records.user(org.custodian.identity.Role.SUPERVISOR, null), FleetRecords.PASSWORD)
                .post("/api/v1/retention/sweep", "").status()).isEqualTo(403);
        assertThat(officerApi.get("/api/v1/clips/" + theirs + "/retention").status()).isEqualTo(404);
        assertThat(officerApi.get("/api/v1/clips/" + mine + "/retention").json().get("state").asString())
                .isEqualTo("HELD");
        assertThat(admin().post("/api/v1/holds/" + hold + "/release", Map.of("reason", "")).status()).isEqualTo(400);

        clock.set(day0.plus(DAY.multipliedBy(25)));
        admin().post("/api/v1/holds/" + hold + "/release", Map.of("reason", "No further action"));
        List<String> officersView = officerApi.get("/api/v1/retention/expiring").json().findValuesAsString("clipId");
        assertThat(officersView).contains(mine.toString()).doesNotContain(theirs.toString());
        List<String> supervisorsView = admin().get("/api/v1/retention/expiring?days=7").json()
                .findValuesAsString("clipId");
        assertThat(supervisorsView).contains(mine.toString(), theirs.toString());
        assertThat(admin().get("/api/v1/retention/expiring?days=3").json().findValuesAsString("clipId"))
                .doesNotContain(mine.toString());

        org.custodian.support.WebSession web = org.custodian.support.WebSession.at(port);
        web.signIn(officerUser, FleetRecords.PASSWORD);
        org.custodian.support.WebSession.Page page = web.get("/retention/expiring");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"clip-" + mine + "\"", "(your own)")
                .doesNotContain("id=\"clip-" + theirs + "\"");
    }

    @Test
    void aRestrictedClipIsKeptWhenDueAndOpenedOnlyByTheDataProtectionOfficerUntilTheRestrictionIsLifted()
            throws Exception {
        Instant day0 = Instant.parse("2038-04-01T12:00:00Z");
        clock.set(day0);
        ClipId clip = dock(day0.minus(Duration.ofHours(1)));
        Api officerApi = api().as(records.user(org.custodian.identity.Role.OFFICER, officer), FleetRecords.PASSWORD);
        Api dpo = api().as(records.user(org.custodian.identity.Role.DATA_PROTECTION_OFFICER, null), FleetRecords.PASSWORD);
        Api evidenceOfficer = api().as(records.user(org.custodian.identity.Role.EVIDENCE_OFFICER, null),
                FleetRecords.PASSWORD);
        assertThat(officerApi.get("/api/v1/clips/" + clip).status()).as("before").isEqualTo(200);

        assertThat(officerApi.post("/api/v1/clips/" + clip + "/restriction", Map.of("reason", "x")).status())
                .isEqualTo(403);
        assertThat(dpo.post("/api/v1/clips/" + clip + "/restriction", Map.of("reason", " ")).status()).isEqualTo(400);
        Api.Response restricted = dpo.post("/api/v1/clips/" + clip + "/restriction",
                Map.of("reason", "DPA s.47: accuracy contested by the data subject"));
        assertThat(restricted.status()).as(restricted.body()).isEqualTo(201);
        assertThat(dpo.post("/api/v1/clips/" + clip + "/restriction", Map.of("reason", "again")).status())
                .isEqualTo(409);

        // Its own officer knows it exists and is told it is restricted; another officer learns nothing of it.
        Api.Response own = officerApi.get("/api/v1/clips/" + clip);
        assertThat(own.status()).as("its own officer").isEqualTo(403);
        assertThat(own.body()).contains("restricted");
        assertThat(officerApi.get("/api/v1/clips/" + clip + "/content").status()).isEqualTo(403);
        assertThat(officerApi.get("/api/v1/clips/" + clip + "/retention").status()).isEqualTo(403);
        assertThat(officerApi.get("/api/v1/clips/" + clip + "/holds").status()).isEqualTo(403);
        assertThat(dpo.get("/api/v1/clips/" + clip + "/retention").json().get("state").asString())
                .isEqualTo("RESTRICTED");
        assertThat(api().as(records.user(org.custodian.identity.Role.OFFICER, records.officer()), FleetRecords.PASSWORD)
                .get("/api/v1/clips/" + clip).status()).as("another officer").isEqualTo(404);
        assertThat(evidenceOfficer.get("/api/v1/clips/" + clip + "?reason=case+file").status()).isEqualTo(403);
        String search = "/api/v1/clips?officer=" + officer + "&from=" + day0.minus(DAY) + "&to=" + day0;
        assertThat(evidenceOfficer.get(search).json().findValuesAsString("id")).as("hidden from search")
                .doesNotContain(clip.toString());
        assertThat(officerApi.get(search).json().findValuesAsString("id")).doesNotContain(clip.toString());
        assertThat(dpo.get(search).json().findValuesAsString("id")).contains(clip.toString());
        Api.Response opened = dpo.get("/api/v1/clips/" + clip + "?reason=restriction+review");
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        JsonNode retention = opened.json().get("retention");
        assertThat(retention.get("state").asString()).isEqualTo("RESTRICTED");
        assertThat(retention.get("restriction").get("reason").asString()).contains("accuracy contested");
        assertThat(audit.find(AuditQuery.forSubject("clip", clip.toString())).stream()
                .filter(e -> e.details() != null && e.details().contains("processing restricted"))).hasSize(6);

        clock.set(day0.plus(DAY.multipliedBy(31)));
        assertThat(deletedBy(sweep())).doesNotContain(clip.toString());
        assertThat(admin().get("/api/v1/retention/expiring?days=3660").json().findValuesAsString("clipId"))
                .doesNotContain(clip.toString());
        assertThat(catalogue.require(clip).status().name()).isEqualTo("STORED");

        clock.set(day0.plus(DAY.multipliedBy(45)));
        assertThat(officerApi.post("/api/v1/clips/" + clip + "/restriction/lift", Map.of("reason", "x")).status())
                .isEqualTo(403);
        assertThat(dpo.post("/api/v1/clips/" + clip + "/restriction/lift", Map.of("reason", "")).status())
                .isEqualTo(400);
        Api.Response lifted = admin().post("/api/v1/clips/" + clip + "/restriction/lift",
                Map.of("reason", "Accuracy confirmed; the erasure request stands"));
        assertThat(lifted.status()).as(lifted.body()).isEqualTo(200);
        assertThat(lifted.json().get("liftedBy").asString()).isEqualTo("admin");
        assertThat(officerApi.get("/api/v1/clips/" + clip).status()).as("lifted").isEqualTo(200);
        assertThat(officerApi.get(search).json().findValuesAsString("id")).contains(clip.toString());
        assertThat(dpo.get("/api/v1/clips/" + clip + "/restrictions").json().findValuesAsString("liftReason"))
                .containsExactly("Accuracy confirmed; the erasure request stands");

        JsonNode swept = sweep();
        assertThat(deletedBy(swept)).contains(clip.toString());
        assertGoneWithReceipt(clip, swept);
        assertThat(actions(clip)).containsSubsequence("clip.deleted", "clip.restriction-lifted", "clip.restricted");
    }

    @Test
    void aBulkDeletionShowsWhatItWouldDeleteLeavesProtectedClipsOutAndWaitsForASecondAdministrator()
            throws Exception {
        Instant day0 = Instant.parse("2039-06-01T12:00:00Z");
        clock.set(day0);
        ClipId first = dock(day0.minus(Duration.ofHours(5)));
        ClipId second = dock(day0.minus(Duration.ofHours(4)));
        ClipId held = dock(day0.minus(Duration.ofHours(3)));
        ClipId restricted = dock(day0.minus(Duration.ofHours(2)));
        ClipId evidential = dock(day0.minus(Duration.ofHours(1)));
        categorise(evidential, "evidential");
        admin().post("/api/v1/clips/" + held + "/holds", Map.of("kind", "FOI_REQUEST", "reason", "FOI 2039/7"));
        admin().post("/api/v1/clips/" + restricted + "/restriction", Map.of("reason", "DPA s.47: legal claim"));
        String unknown = java.util.UUID.randomUUID().toString();
        String secondAdmin = records.user(org.custodian.identity.Role.ADMINISTRATOR, null);
        Api officerApi = api().as(records.user(org.custodian.identity.Role.OFFICER, officer), FleetRecords.PASSWORD);
        List<String> all = List.of(first.toString(), second.toString(), held.toString(), restricted.toString(),
                evidential.toString(), unknown);

        assertThat(officerApi.post("/api/v1/retention/deletions", Map.of("clipIds", all, "reason", "x")).status())
                .isEqualTo(403);
        assertThat(admin().post("/api/v1/retention/deletions", Map.of("clipIds", all)).status()).isEqualTo(400);
        Api.Response proposed = admin().post("/api/v1/retention/deletions",
                Map.of("clipIds", all, "reason", "Recorded in a hospital ward by mistake"));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        JsonNode preview = proposed.json();
        long id = preview.get("request").get("id").asLong();
        assertThat(preview.get("request").get("state").asString()).isEqualTo("PROPOSED");
        assertThat(preview.get("wouldDelete").asInt()).isEqualTo(2);
        assertThat(preview.get("clips").findValuesAsString("clipId"))
                .containsExactlyInAnyOrder(first.toString(), second.toString());
        assertThat(preview.get("counts").get(0).get("category").asString()).isEqualTo("NON_EVIDENTIAL");
        assertThat(preview.get("counts").get(0).get("clips").asInt()).isEqualTo(2);
        assertThat(preview.get("counts").get(0).has("unit")).isTrue();
        Map<String, String> excluded = new java.util.HashMap<>();
        preview.get("excluded").forEach(e -> excluded.put(e.get("clipId").asString(), e.get("reason").asString()));
        assertThat(excluded).containsEntry(held.toString(), "held").containsEntry(restricted.toString(), "restricted")
                .containsEntry(evidential.toString(), "evidential").containsEntry(unknown, "not found")
                .hasSize(4);
        Api.Response read = admin().get("/api/v1/retention/deletions/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("wouldDelete").asInt()).isEqualTo(2);
        assertThat(audit.find(AuditQuery.forSubject("deletion-request", String.valueOf(id))))
                .filteredOn(e -> e.action().equals("retention.deletion-previewed")).singleElement()
                .satisfies(e -> assertThat(e.details()).contains("\"wouldDelete\":\"2\""));

        Api.Response self = admin().post("/api/v1/retention/deletions/" + id + "/approve", "");
        assertThat(self.status()).as(self.body()).isEqualTo(409);
        assertThat(officerApi.post("/api/v1/retention/deletions/" + id + "/approve", "").status()).isEqualTo(403);
        assertThat(catalogue.require(first).status().name()).isEqualTo("STORED");
        assertThat(audit.find(AuditQuery.forSubject("deletion-request", String.valueOf(id))).stream()
                .map(AuditEntry::action)).contains("retention.deletion-proposed", "retention.deletion-approved");

        Api secondApi = api().as(secondAdmin, FleetRecords.PASSWORD);
        Api.Response approved = secondApi.post("/api/v1/retention/deletions/" + id + "/approve", "");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("request").get("state").asString()).isEqualTo("APPROVED");
        assertThat(approved.json().get("request").get("decidedBy").asString()).isEqualTo(secondAdmin);
        assertThat(deletedBy(approved.json())).containsExactlyInAnyOrder(first.toString(), second.toString());
        assertGoneWithReceipt(first, approved.json());
        assertGoneWithReceipt(second, approved.json());
        AuditEntry receipt = audit.find(AuditQuery.forSubject("clip", first.toString())).stream()
                .filter(e -> e.action().equals("clip.deleted")).findFirst().orElseThrow();
        assertThat(receipt.details()).contains("\"deletionRequest\":\"" + id + "\"", "DELETION_REQUEST");
        for (ClipId kept : List.of(held, restricted, evidential)) {
            assertThat(catalogue.require(kept).status().name()).as("kept " + kept).isEqualTo("STORED");
        }
        assertThat(secondApi.post("/api/v1/retention/deletions/" + id + "/approve", "").status()).isEqualTo(409);

        // A search by time window; a clip held after the proposal is skipped at approval.
        ClipId later = dock(day0.plus(Duration.ofHours(1)));
        ClipId heldLater = dock(day0.plus(Duration.ofHours(2)));
        Api.Response bySearch = admin().post("/api/v1/retention/deletions", Map.of("from",
                day0.toString(), "to", day0.plus(Duration.ofHours(3)).toString(), "category", "non-evidential",
                "reason", "Test recordings"));
        assertThat(bySearch.status()).as(bySearch.body()).isEqualTo(201);
        assertThat(bySearch.json().get("clips").findValuesAsString("clipId"))
                .containsExactlyInAnyOrder(later.toString(), heldLater.toString());
        long searchId = bySearch.json().get("request").get("id").asLong();
        admin().post("/api/v1/clips/" + heldLater + "/holds", Map.of("kind", "COMPLAINT", "reason", "Complaint"));
        Api.Response approvedSearch = secondApi.post("/api/v1/retention/deletions/" + searchId + "/approve", "");
        assertThat(approvedSearch.status()).as(approvedSearch.body()).isEqualTo(200);
        assertThat(deletedBy(approvedSearch.json())).containsExactly(later.toString());
        assertThat(approvedSearch.json().get("skipped").findValuesAsString("clipId"))
                .containsExactly(heldLater.toString());
        assertThat(catalogue.require(heldLater).status().name()).isEqualTo("STORED");

        // A rejected request deletes nothing.
        Api.Response toReject = admin().post("/api/v1/retention/deletions",
                Map.of("clipIds", List.of(heldLater.toString(), first.toString()), "reason", "x"));
        assertThat(toReject.status()).as("nothing deletable").isEqualTo(400);
        ClipId spared = dock(day0.plus(Duration.ofHours(4)));
        long rejectId = admin().post("/api/v1/retention/deletions", Map.of("clipIds", List.of(spared.toString()),
                "reason", "y")).json().get("request").get("id").asLong();
        Api.Response rejected = secondApi.post("/api/v1/retention/deletions/" + rejectId + "/reject",
                Map.of("reason", "Needed for training"));
        assertThat(rejected.json().get("state").asString()).isEqualTo("REJECTED");
        assertThat(secondApi.post("/api/v1/retention/deletions/" + rejectId + "/approve", "").status())
                .isEqualTo(409);
        assertThat(catalogue.require(spared).status().name()).isEqualTo("STORED");
    }

    @Test
    void aSupervisorSeesTheExpiringClipsRetentionAndHoldsOfTheirUnitOnly() throws Exception {
        Instant day0 = Instant.parse("2040-02-01T12:00:00Z");
        clock.set(day0);
        ClipId ours = dock(day0.minus(Duration.ofHours(1)));
        FleetRecords elsewhere = new FleetRecords(fleet, custody, accounts);
        ClipId theirs = dock(day0.minus(Duration.ofHours(1)), elsewhere.officer());
        Api supervisor = api().as(records.user(org.custodian.identity.Role.SUPERVISOR, null, records.unit()),
                FleetRecords.PASSWORD);
        clock.set(day0.plus(DAY.multipliedBy(26)));

        List<String> listed = supervisor.get("/api/v1/retention/expiring").json().findValuesAsString("clipId");
        assertThat(listed).contains(ours.toString()).doesNotContain(theirs.toString());
        assertThat(admin().get("/api/v1/retention/expiring").json().findValuesAsString("clipId"))
                .contains(ours.toString(), theirs.toString());
        assertThat(supervisor.get("/api/v1/clips/" + ours + "/retention").status()).isEqualTo(200);
        assertThat(supervisor.get("/api/v1/clips/" + theirs + "/retention").status()).isEqualTo(404);
        assertThat(supervisor.get("/api/v1/clips/" + ours + "/holds").status()).isEqualTo(200);
        assertThat(supervisor.get("/api/v1/clips/" + theirs + "/holds").status()).isEqualTo(404);
        assertThat(audit.find(AuditQuery.forSubject("clip", theirs.toString())).stream()
                .filter(e -> e.action().equals("clip.retention-read") && "DENIED".equals(e.outcome())))
                .hasSize(1);

        org.custodian.support.WebSession web = org.custodian.support.WebSession.at(port);
        web.signIn(records.user(org.custodian.identity.Role.SUPERVISOR, null, records.unit()), FleetRecords.PASSWORD);
        org.custodian.support.WebSession.Page page = web.get("/retention/expiring");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"clip-" + ours + "\"", "(your unit's and your own)")
                .doesNotContain("id=\"clip-" + theirs + "\"");
    }

    private void assertGoneWithReceipt(ClipId clip, JsonNode sweep) throws Exception {
        Clip tombstone = catalogue.require(clip);
        assertThat(tombstone.status().name()).isEqualTo("DELETED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM clip_key WHERE clip_id = ?").param(clip.value()).query(Long.class)
                .single()).as("data key").isZero();
        assertThat(store.exists(tombstone.blobKey())).as("footage blob").isFalse();
        assertThat(admin().get("/api/v1/clips/" + clip + "?reason=retention+review").status()).isEqualTo(404);
        assertThat(admin().get("/api/v1/clips/" + clip + "/retention").json().get("state").asString())
                .isEqualTo("DELETED");
        AuditEntry receipt = audit.find(AuditQuery.forSubject("clip", clip.toString())).stream()
                .filter(e -> e.action().equals("clip.deleted")).findFirst().orElseThrow();
        assertThat(receipt.details()).contains(tombstone.sha256().hex(), "\"rule\"", "\"policyVersion\"",
                "\"recordedAt\":\"" + tombstone.recording().startedAt() + "\"", "\"deletedAt\"");
        JsonNode listed = null;
        for (JsonNode r : sweep.get("receipts")) {
            if (r.get("clipId").asString().equals(clip.toString())) {
                listed = r;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.get("sha256").asString()).isEqualTo(tombstone.sha256().hex());
    }

    /** The clip's audit actions, newest first. */
    private List<String> actions(ClipId clip) {
        return audit.find(AuditQuery.forSubject("clip", clip.toString())).stream().map(AuditEntry::action).toList();
    }

    private ClipId dock(Instant startedAt) throws Exception {
        return dock(startedAt, officer);
    }

    private ClipId dock(Instant startedAt, String by) throws Exception {
        byte[] bytes = new byte[64 * 1024];
        new Random().nextBytes(bytes);
        Upload upload = new Upload(camera, by, startedAt, startedAt.plusSeconds(60), "test", null, "clip.mp4", null,
                null, Map.of());
        return ingest.receive(upload, new ByteArrayInputStream(bytes), bytes.length).clipId();
    }

    private void categorise(ClipId clip, String category) {
        jdbc.sql("UPDATE clip SET category = ? WHERE id = ?").params(category, clip.value()).update();
    }

    private JsonNode sweep() {
        Api.Response response = admin().post("/api/v1/retention/sweep", "");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> deletedBy(JsonNode sweep) {
        return sweep.get("receipts").findValuesAsString("clipId");
    }

    private Api api() {
        return Api.at(port);
    }

    private Api admin() {
        return api().admin();
    }
}
