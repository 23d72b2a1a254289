package org.custodian.evidence.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.custodian.audit.AuditEntry;
import org.custodian.audit.AuditLog;
import org.custodian.audit.AuditQuery;
import org.custodian.evidence.ClipId;
import org.custodian.fleet.CameraCustody;
import org.custodian.fleet.Fleet;
import org.custodian.identity.Accounts;
import org.custodian.identity.Role;
import org.custodian.ingest.Ingest;
import org.custodian.support.CustodianTest;
import org.custodian.support.FleetRecords;
import org.custodian.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The clip pages as each kind of person gets them over a real session. */
@CustodianTest
class ClipPagesTests {

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

    FleetRecords records;
    String smith;
    String jones;
    ClipId smiths;
    ClipId jones1;

    @BeforeEach
    void clips() throws Exception {
        records = new FleetRecords(fleet, custody, accounts);
        CatalogueFixture at = new CatalogueFixture(ingest);
        smith = records.officer();
        jones = records.officer();
        smiths = at.clip(records.camera(), smith, at.morning, 600);
        jones1 = at.clip(records.camera(), jones, at.morning, 600);
    }

    private WebSession as(Role role, String collar, String unit) {
        WebSession session = WebSession.at(port);
        session.signIn(records.user(role, collar, unit), FleetRecords.PASSWORD);
        return session;
    }

    @Test
    void anOfficerSeesTheirFootageAndOpensIt() {
        WebSession officer = as(Role.OFFICER, smith, null);

        WebSession.Page home = officer.get("/");
        WebSession.Page mine = officer.get("/clips/mine");
        WebSession.Page details = officer.get("/clips/" + smiths + "?purpose=statement");

        assertThat(home.body()).contains("id=\"my-footage\"").doesNotContain("id=\"unit-footage\"");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body()).contains("id=\"clip-" + smiths + "\"", "/api/v1/clips/" + smiths + "/poster", "No picture")
                .doesNotContain("id=\"clip-" + jones1 + "\"");
        assertThat(details.status()).isEqualTo(200);
        assertThat(mine.body()).contains("href=\"/clips/" + smiths + "\"");
        assertThat(details.body()).contains("id=\"player\"", "id=\"clip-metadata\"", "id=\"metadata-form\"",
                "id=\"bookmark-form\"", "id=\"audit-trail\"", "/api/v1/clips/" + smiths + "/content?purpose=statement");
        assertThat(officer.get("/clips/" + jones1).status()).isEqualTo(404);
        assertThat(officer.get("/clips/" + jones1 + "/details").status()).isEqualTo(404);
        assertThat(officer.get("/clips/unit").status()).isEqualTo(403);
        assertThat(audit.find(AuditQuery.forSubject("clip", smiths.toString()))).extracting(AuditEntry::reason)
                .contains("before writing a statement");
    }

    @Test
    void aSupervisorSeesTheirUnitsFootage() {
        WebSession sergeant = as(Role.SUPERVISOR, null, records.unit());

        WebSession.Page unit = sergeant.get("/clips/unit");

        assertThat(sergeant.get("/").body()).contains("id=\"unit-footage\"");
        assertThat(unit.status()).isEqualTo(200);
        assertThat(unit.body()).contains("id=\"clip-" + smiths + "\"", "id=\"clip-" + jones1 + "\"");
    }

    @Test
    void aSupervisorSeesOtherOfficersClipsNearbyAndGroupsThemAsOneIncident() {
        WebSession sergeant = as(Role.SUPERVISOR, null, records.unit());
        String details = "/clips/" + smiths;

        WebSession.Page page = sergeant.get(details);
        WebSession.Page grouped = sergeant.submit(details, "/clips/" + smiths + "/incident",
                java.util.Map.of("clip", java.util.List.of(jones1.toString()), "cadIncident", java.util.List.of("CAD 55/1JAN")));

        assertThat(page.body()).contains("id=\"related-" + jones1 + "\"", "id=\"confirm-incident\"");
        assertThat(grouped.status()).isEqualTo(200);
        assertThat(grouped.path()).isEqualTo(details);
        assertThat(grouped.body()).contains("Grouped as one incident.");
        assertThat(audit.find(AuditQuery.forSubject("clip", jones1.toString()))).extracting(AuditEntry::action)
                .contains("clip.grouped");
    }

    @Test
    void theMetadataFormChangesTheClipAndABadValueIsShownNotSaved() {
        WebSession officer = as(Role.OFFICER, smith, null);
        String details = "/clips/" + smiths + "?purpose=statement";

        WebSession.Page page = officer.get(details);
        WebSession.Page saved = officer.submit(details, "/clips/" + smiths + "/metadata", java.util.Map.of("category",
                java.util.List.of("stop-and-search"), "title", java.util.List.of("Stop on the high street"),
                "purpose", java.util.List.of("statement")));
        WebSession.Page refused = officer.submit(details, "/clips/" + smiths + "/metadata",
                java.util.Map.of("custodyNumber", java.util.List.of("!")));

        assertThat(page.body()).contains("name=\"purpose\" value=\"statement\"");
        assertThat(saved.body()).contains("Saved.", "Stop on the high street", "Stop and search");
        assertThat(saved.path()).as("back on the page, still for a statement").isEqualTo(details);
        assertThat(refused.body()).contains("Custody number &#39;!&#39; is malformed");
    }

    @Test
    void openingAnothersClipAsksForAReasonAndRecordsIt() {
        WebSession dpo = as(Role.DATA_PROTECTION_OFFICER, null, null);

        WebSession.Page list = dpo.get("/clips?officer=" + smith);
        WebSession.Page prompt = dpo.get("/clips/" + smiths);
        WebSession.Page opened = dpo.get("/clips/" + smiths + "?reason=SAR+2025%2F12");
        WebSession.Page byOldAddress = dpo.get("/clips/" + smiths + "/details?reason=SAR+2025%2F13");

        assertThat(list.body()).contains("id=\"clip-" + smiths + "\"")
                .doesNotContain("/api/v1/clips/" + smiths + "/poster");
        assertThat(prompt.status()).isEqualTo(403);
        assertThat(prompt.body()).contains("id=\"reason-form\"", "A reason is needed",
                "action=\"/clips/" + smiths + "\"");
        assertThat(opened.status()).isEqualTo(200);
        assertThat(opened.body()).contains("id=\"clip-metadata\"", "id=\"player\"",
                "/api/v1/clips/" + smiths + "/content?reason=SAR%202025%2F12")
                .doesNotContain("id=\"metadata-form\"");
        assertThat(byOldAddress.status()).isEqualTo(200);
        assertThat(byOldAddress.path()).isEqualTo("/clips/" + smiths + "?reason=SAR%202025%2F13");
        assertThat(audit.find(AuditQuery.forSubject("clip", smiths.toString()))).extracting(AuditEntry::reason)
                .contains("SAR 2025/12");
    }

    @Test
    void prosecutorsHaveNoClipPagesAndBadSearchesSayWhy() {
        assertThat(as(Role.PROSECUTOR, null, null).get("/clips").status()).isEqualTo(403);
        WebSession evidence = as(Role.EVIDENCE_OFFICER, null, null);
        WebSession.Page bad = evidence.get("/clips?lat=51");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("needs all of lat, lon and radius");
        assertThat(evidence.get("/clips?officer=" + smith).body()).contains("id=\"clip-" + smiths + "\"");
    }
}
