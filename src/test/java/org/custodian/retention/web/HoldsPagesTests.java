package org.custodian.retention.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodian.retention.web.RetentionPages.actions;
import static org.custodian.retention.web.RetentionPages.dock;
import static org.custodian.retention.web.RetentionPages.number;
import static org.custodian.retention.web.RetentionPages.part;
import static org.custodian.retention.web.RetentionPages.row;

import java.util.Map;

import org.custodian.evidence.ClipId;
import org.custodian.identity.Role;
import org.custodian.retention.Holds;
import org.custodian.support.Api;
import org.custodian.support.CustodianTest;
import org.custodian.support.FleetRecords;
import org.custodian.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Holds through the pages: placed and released from a clip's page and released from the list of holds, by the roles
 * that hold footage, seen but not changed by officers and auditors. Runs on H2 here and on PostgreSQL in
 * {@link HoldsPagesPostgresTest}.
 */
@CustodianTest
class HoldsPagesTests extends RetentionPagesTest {

    static final String ACCESS_REASON = "Complaint CO/2026/17 & review";

    @Autowired
    Holds holds;

    @Test
    void anEvidenceOfficerPlacesAHoldFromTheClipPageAndReleasesItThereWithTheReasonTheyOpenedItWith()
            throws Exception {
        ClipId clip = dock(ingest, camera, collar, 3);
        String evidence = records.user(Role.EVIDENCE_OFFICER, null);
        WebSession session = signIn(evidence);
        String clipPage = "/clips/" + clip + "?reason=" + java.net.URLEncoder.encode(ACCESS_REASON, "UTF-8");
        WebSession.Page page = session.get(clipPage);
        assertThat(part(page, "clip-retention", "</section>")).contains("SCHEDULED", "No hold is in force",
                "id=\"hold-form\"");

        WebSession.Page placed = session.submit(page, "/clips/" + clip + "/holds", Map.of("kind", "COMPLAINT",
                "reference", "CO/2026/17", "reason", "Complaint about the stop", "accessReason", ACCESS_REASON));

        assertThat(placed.status()).isEqualTo(200);
        assertThat(placed.path()).as("back on the clip page, with the reason it was opened with")
                .startsWith("/clips/" + clip + "?reason=");
        assertThat(placed.body()).contains("Hold placed (COMPLAINT CO/2026/17)");
        assertThat(part(placed, "clip-retention", "</section>")).contains("HELD");
        long hold = number(placed, "id=\"hold-");
        assertThat(row(placed, "hold-" + hold)).contains("COMPLAINT", "CO/2026/17", evidence, "Complaint about the stop");
        assertThat(holds.inForce(clip)).singleElement().satisfies(h -> assertThat(h.placedBy()).isEqualTo(evidence));
        assertThat(actions(audit, evidence, "clip", clip.toString())).contains("clip.hold-placed SUCCEEDED");
        assertThat(audit.find(org.custodian.audit.AuditQuery.forSubject("clip", clip.toString())).stream()
                .filter(e -> e.action().equals("clip.viewed") && e.actor().equals(evidence)))
                .as("the page opened again after the form, with its reason").hasSize(2)
                .allSatisfy(e -> assertThat(e.reason()).isEqualTo(ACCESS_REASON));

        WebSession.Page released = session.submit(placed, "/retention/holds/" + hold + "/release", Map.of(
                "reason", "Complaint withdrawn", "from", "clip", "clip", clip.toString(), "accessReason", ACCESS_REASON));
        assertThat(released.body()).contains("Hold " + hold + " (COMPLAINT) released", "No hold is in force",
                "1 released hold(s)", "Complaint withdrawn");
        assertThat(holds.inForce(clip)).isEmpty();
        assertThat(actions(audit, evidence, "clip", clip.toString())).contains("clip.hold-released SUCCEEDED");
    }

    @Test
    void aHoldWithoutAReasonOrOfAnUnknownKindIsRefusedWithAMessageOnThePage() throws Exception {
        ClipId clip = dock(ingest, camera, collar, 3);
        String supervisor = records.user(Role.SUPERVISOR, null, records.unit());
        WebSession session = signIn(supervisor);
        WebSession.Page page = session.get("/clips/" + clip);

        WebSession.Page noReason = session.submit(page, "/clips/" + clip + "/holds",
                Map.of("kind", "COMPLAINT", "reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(part(noReason, "error", "</p>")).contains("A hold needs a reason");
        assertThat(noReason.body()).contains("href=\"/clips/" + clip + "#clip-retention\"").doesNotContain("Exception");

        WebSession.Page badKind = session.submit(page, "/clips/" + clip + "/holds",
                Map.of("kind", "GRUDGE", "reason", "Because"));
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.body()).contains("&#39;GRUDGE&#39; is not a kind of hold");
        assertThat(session.submit(page, "/clips/not-a-clip/holds", Map.of("kind", "CASE", "reason", "x")).body())
                .contains("&#39;not-a-clip&#39; is not a clip id");
        assertThat(holds.all(clip)).isEmpty();
    }

    @Test
    void aSupervisorCannotHoldOrReleaseAnotherUnitsClipNorLearnThatItExists() throws Exception {
        FleetRecords elsewhere = new FleetRecords(fleet, custody, accounts);
        ClipId theirs = dock(ingest, camera, elsewhere.officer(), 5);
        String supervisor = records.user(Role.SUPERVISOR, null, records.unit());
        Api api = Api.at(port).as(supervisor, FleetRecords.PASSWORD);

        Api.Response placed = api.post("/api/v1/clips/" + theirs + "/holds",
                Map.of("kind", "CASE", "reason", "Keeping it anyway"));
        assertThat(placed.status()).isEqualTo(404);
        assertThat(placed.body()).contains("Clip " + theirs);
        WebSession session = signIn(supervisor);
        WebSession.Page page = session.submit(session.get("/retention/holds"), "/clips/" + theirs + "/holds",
                Map.of("kind", "CASE", "reason", "Keeping it anyway"));
        assertThat(page.status()).isEqualTo(404);
        assertThat(holds.inForce(theirs)).isEmpty();

        long hold = Api.at(port).admin().post("/api/v1/clips/" + theirs + "/holds",
                Map.of("kind", "LITIGATION", "reason", "Civil claim")).json().get("id").asLong();
        assertThat(api.post("/api/v1/holds/" + hold + "/release", Map.of("reason", "not needed")).status())
                .isEqualTo(404);
        assertThat(session.submit(session.get("/retention/holds"), "/retention/holds/" + hold + "/release",
                Map.of("reason", "not needed")).status()).isEqualTo(404);
        assertThat(holds.inForce(theirs)).singleElement().satisfies(h -> assertThat(h.id()).isEqualTo(hold));
        assertThat(actions(audit, supervisor, "clip", theirs.toString())).containsExactly(
                "clip.hold-released DENIED", "clip.hold-released DENIED", "clip.hold-placed DENIED",
                "clip.hold-placed DENIED");
    }

    @Test
    void theHoldsPageListsHoldsInForceAsTheCatalogueListsClipsAndOnlyHoldersRelease() throws Exception {
        ClipId clip = dock(ingest, camera, collar, 5);
        FleetRecords elsewhere = new FleetRecords(fleet, custody, accounts);
        ClipId theirs = dock(ingest, camera, elsewhere.officer(), 5);
        String supervisor = records.user(Role.SUPERVISOR, null, records.unit());
        WebSession supervisorSession = signIn(supervisor);
        supervisorSession.submit(supervisorSession.get("/clips/" + clip), "/clips/" + clip + "/holds",
                Map.of("kind", "CASE", "reference", "CR/1/26", "reason", "Arrest for assault"));
        WebSession admin = signIn("admin", "test-admin-password");
        admin.submit(admin.get("/clips/" + theirs + "?reason=Case"), "/clips/" + theirs + "/holds",
                Map.of("kind", "LITIGATION", "reason", "Civil claim", "accessReason", "Case"));
        long hold = holds.inForce(clip).get(0).id();
        long theirHold = holds.inForce(theirs).get(0).id();

        WebSession officer = signIn(records.user(Role.OFFICER, collar));
        WebSession.Page own = officer.get("/retention/holds");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains("(holds on your own clips)", "href=\"/retention/holds\"")
                .doesNotContain("id=\"hold-" + theirHold + "\"");
        assertThat(row(own, "hold-" + hold)).contains(clip.toString(), "CASE", "CR/1/26", supervisor,
                "Arrest for assault").doesNotContain("<form");
        assertThat(officer.submit(own, "/retention/holds/" + hold + "/release", Map.of("reason", "mine")).status())
                .isEqualTo(403);

        WebSession.Page unit = supervisorSession.get("/retention/holds");
        assertThat(unit.body()).contains("id=\"hold-" + hold + "\"", "(holds on your unit's clips and your own)")
                .doesNotContain("id=\"hold-" + theirHold + "\"");
        WebSession.Page auditor = signIn(records.user(Role.AUDITOR, null)).get("/retention/holds");
        assertThat(row(auditor, "hold-" + theirHold)).contains("LITIGATION").doesNotContain("<form");
        assertThat(row(auditor, "hold-" + hold)).doesNotContain("<form");
        assertThat(signIn(records.user(Role.PROSECUTOR, null)).get("/retention/holds").status()).isEqualTo(403);
        assertThat(RetentionPages.byActor(audit, supervisor, "retention.holds-viewed")).singleElement()
                .satisfies(e -> assertThat(e.details()).contains("\"scope\":\"UNIT\""));

        WebSession.Page noReason = supervisorSession.submit(unit, "/retention/holds/" + hold + "/release",
                Map.of("reason", ""));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(part(noReason, "error", "</p>")).contains("Releasing a hold needs a reason");
        assertThat(row(noReason, "hold-" + hold)).contains("<form");

        WebSession.Page released = supervisorSession.submit(unit, "/retention/holds/" + hold + "/release",
                Map.of("reason", "No further action"));
        assertThat(released.path()).isEqualTo("/retention/holds");
        assertThat(released.body()).contains("Hold " + hold + " (CASE) released")
                .doesNotContain("id=\"hold-" + hold + "\"");
        assertThat(actions(audit, supervisor, "clip", clip.toString())).contains("clip.hold-released SUCCEEDED");

        WebSession.Page again = supervisorSession.submit(unit, "/retention/holds/" + hold + "/release",
                Map.of("reason", "Twice"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(part(again, "error", "</p>")).contains("was already released by " + supervisor);
        assertThat(supervisorSession.submit(unit, "/retention/holds/999999999/release", Map.of("reason", "x"))
                .status()).isEqualTo(404);
    }

    @Test
    void officersAndAuditorsSeeAClipsHoldsButHaveNoFormsAndAreRefusedWhenTheyPost() throws Exception {
        ClipId clip = dock(ingest, camera, collar, 2);
        WebSession officer = signIn(records.user(Role.OFFICER, collar));
        WebSession.Page page = officer.get("/clips/" + clip);
        assertThat(part(page, "clip-retention", "</section>")).contains("Retention", "No hold is in force")
                .doesNotContain("id=\"hold-form\"", "id=\"restrict-form\"");
        assertThat(officer.get("/").body()).contains("href=\"/retention/holds\"")
                .doesNotContain("href=\"/retention/policy\"", "href=\"/retention/deletions\"",
                        "href=\"/retention/restrictions\"");
        assertThat(officer.submit(page, "/clips/" + clip + "/holds", Map.of("kind", "CASE", "reason", "Mine"))
                .status()).isEqualTo(403);

        WebSession auditor = signIn(records.user(Role.AUDITOR, null));
        WebSession.Page audited = auditor.get("/clips/" + clip + "?reason=Audit+2026");
        assertThat(part(audited, "clip-retention", "</section>")).doesNotContain("id=\"hold-form\"");
        assertThat(auditor.submit(audited, "/clips/" + clip + "/holds", Map.of("kind", "CASE", "reason", "x"))
                .status()).isEqualTo(403);
        assertThat(holds.all(clip)).isEmpty();
    }
}
