package org.custodian.retention.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodian.retention.web.RetentionPages.actions;
import static org.custodian.retention.web.RetentionPages.dock;
import static org.custodian.retention.web.RetentionPages.part;
import static org.custodian.retention.web.RetentionPages.row;

import java.util.Map;
import java.util.UUID;

import org.custodian.evidence.ClipId;
import org.custodian.identity.Role;
import org.custodian.retention.Restrictions;
import org.custodian.support.CustodianTest;
import org.custodian.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Restriction instead of erasure through the pages: the data protection officer restricts a clip from its page and
 * lifts it from the list of restrictions; auditors see the list, others are refused it. Runs on H2 here and on
 * PostgreSQL in {@link RestrictionsPagesPostgresTest}.
 */
@CustodianTest
class RestrictionsPagesTests extends RetentionPagesTest {

    @Autowired
    Restrictions restrictions;

    @Test
    void theDataProtectionOfficerRestrictsAClipFromItsPageAndLiftsItFromTheList() throws Exception {
        ClipId clip = dock(ingest, camera, collar, 4);
        String dpo = records.user(Role.DATA_PROTECTION_OFFICER, null);
        WebSession session = signIn(dpo);
        WebSession.Page page = session.get("/clips/" + clip + "?reason=SAR+2026%2F44");
        assertThat(part(page, "clip-restriction", "</div>")).contains("Not restricted", "id=\"restrict-form\"");

        WebSession.Page blank = session.submit(page, "/clips/" + clip + "/restriction",
                Map.of("reason", "", "accessReason", "SAR 2026/44"));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(part(blank, "error", "</p>")).contains("A restriction needs a reason");

        WebSession.Page restricted = session.submit(page, "/clips/" + clip + "/restriction",
                Map.of("reason", "DPA s.47: accuracy contested", "accessReason", "SAR 2026/44"));
        assertThat(restricted.status()).isEqualTo(200);
        assertThat(restricted.body()).contains("Clip restricted");
        assertThat(part(restricted, "clip-restriction", "</div>")).contains("Restricted by " + dpo,
                "DPA s.47: accuracy contested", "id=\"lift-form\"").doesNotContain("id=\"restrict-form\"");
        assertThat(part(restricted, "r-state", "</dd>")).contains("RESTRICTED");
        assertThat(restrictions.inForce(clip)).isPresent();
        assertThat(actions(audit, dpo, "clip", clip.toString())).contains("clip.restricted SUCCEEDED");

        WebSession.Page twice = session.submit(page, "/clips/" + clip + "/restriction",
                Map.of("reason", "Again", "accessReason", "SAR 2026/44"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).contains("is already restricted, by " + dpo);

        WebSession.Page list = session.get("/retention/restrictions");
        assertThat(list.status()).isEqualTo(200);
        assertThat(row(list, "restriction-" + clip)).contains(collar, records.unit(), dpo,
                "DPA s.47: accuracy contested", "/retention/restrictions/" + clip + "/lift");
        assertThat(RetentionPages.byActor(audit, dpo, "retention.restrictions-viewed")).hasSize(1);

        WebSession.Page noReason = session.submit(list, "/retention/restrictions/" + clip + "/lift",
                Map.of("reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(part(noReason, "error", "</p>")).contains("Lifting a restriction needs a reason");
        assertThat(noReason.body()).contains("id=\"restriction-" + clip + "\"");

        WebSession.Page lifted = session.submit(list, "/retention/restrictions/" + clip + "/lift",
                Map.of("reason", "Accuracy confirmed"));
        assertThat(lifted.path()).isEqualTo("/retention/restrictions");
        assertThat(lifted.body()).contains("Restriction of clip " + clip + " lifted")
                .doesNotContain("id=\"restriction-" + clip + "\"");
        assertThat(restrictions.inForce(clip)).isEmpty();
        assertThat(actions(audit, dpo, "clip", clip.toString())).contains("clip.restriction-lifted SUCCEEDED");
        assertThat(session.submit(list, "/retention/restrictions/" + clip + "/lift", Map.of("reason", "x")).status())
                .isEqualTo(409);
    }

    @Test
    void aClipIsRestrictedByItsIdFromTheListAndABadOrUnknownIdIsRefusedOnThePage() throws Exception {
        ClipId clip = dock(ingest, camera, collar, 4);
        WebSession admin = signIn("admin", "test-admin-password");
        WebSession.Page list = admin.get("/retention/restrictions");

        WebSession.Page bad = admin.submit(list, "/retention/restrictions", Map.of("clip", "12345", "reason", "x"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(part(bad, "error", "</p>")).contains("&#39;12345&#39; is not a clip id");
        String unknown = UUID.randomUUID().toString();
        WebSession.Page missing = admin.submit(list, "/retention/restrictions", Map.of("clip", unknown, "reason", "x"));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("Clip " + unknown + " does not exist");

        WebSession.Page restricted = admin.submit(list, "/retention/restrictions",
                Map.of("clip", " " + clip + " ", "reason", "Needed for a legal claim"));
        assertThat(restricted.body()).contains("Clip " + clip + " restricted");
        assertThat(row(restricted, "restriction-" + clip)).contains("admin", "Needed for a legal claim");
        assertThat(actions(audit, "admin", "clip", clip.toString())).contains("clip.restricted SUCCEEDED");
    }

    @Test
    void auditorsSeeTheRestrictionsButOnlyDataProtectionOfficersAndAdministratorsChangeThem() throws Exception {
        ClipId clip = dock(ingest, camera, collar, 4);
        restrictAsAdmin(clip);

        WebSession auditor = signIn(records.user(Role.AUDITOR, null));
        WebSession.Page list = auditor.get("/retention/restrictions");
        assertThat(list.status()).isEqualTo(200);
        assertThat(row(list, "restriction-" + clip)).doesNotContain("<form");
        assertThat(list.body()).doesNotContain("id=\"restrict-form\"");
        assertThat(auditor.submit(list, "/retention/restrictions/" + clip + "/lift", Map.of("reason", "x")).status())
                .isEqualTo(403);
        for (Role role : new Role[] { Role.OFFICER, Role.SUPERVISOR, Role.EVIDENCE_OFFICER,
                Role.PROFESSIONAL_STANDARDS }) {
            WebSession other = signIn(records.user(role, role == Role.OFFICER ? collar : null, records.unit()));
            assertThat(other.get("/retention/restrictions").status()).as(role.name()).isEqualTo(403);
            assertThat(other.get("/").body()).as(role.name()).doesNotContain("href=\"/retention/restrictions\"");
        }
        assertThat(auditor.get("/").body()).contains("href=\"/retention/restrictions\"");
        assertThat(restrictions.inForce(clip)).isPresent();
    }

    private void restrictAsAdmin(ClipId clip) {
        WebSession admin = signIn("admin", "test-admin-password");
        admin.submit(admin.get("/retention/restrictions"), "/retention/restrictions",
                Map.of("clip", clip.toString(), "reason", "DPA s.47"));
    }
}
