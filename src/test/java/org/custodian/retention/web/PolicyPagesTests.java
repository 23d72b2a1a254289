package org.custodian.retention.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodian.retention.web.RetentionPages.actions;
import static org.custodian.retention.web.RetentionPages.dock;
import static org.custodian.retention.web.RetentionPages.part;

import java.util.LinkedHashMap;
import java.util.Map;

import org.custodian.evidence.ClipId;
import org.custodian.identity.Role;
import org.custodian.retention.Policies;
import org.custodian.retention.PolicyState;
import org.custodian.support.Api;
import org.custodian.support.CustodianTest;
import org.custodian.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Changing the retention policy through the pages: a proposal with its preview (held footage never in it), refused
 * to its own proposer with a message, approved or turned down by a second administrator. The policies approved here
 * keep the rules in force, since other tests share the database. Runs on H2 here and on PostgreSQL in
 * {@link PolicyPagesPostgresTest}.
 */
@CustodianTest
class PolicyPagesTests extends RetentionPagesTest {

    @Autowired
    Policies policies;

    @Test
    void aProposalShowsWhatItWouldDeleteLeavesHeldFootageOutAndIsRefusedToItsProposerOnThePage() throws Exception {
        ClipId free = dock(ingest, camera, collar, 10);
        ClipId held = dock(ingest, camera, collar, 10);
        assertThat(Api.at(port).admin().post("/api/v1/clips/" + held + "/holds",
                Map.of("kind", "COMPLAINT", "reason", "Complaint")).status()).isEqualTo(201);
        WebSession admin = signIn("admin", "test-admin-password");
        WebSession.Page page = admin.get("/retention/policy");
        assertThat(page.status()).isEqualTo(200);
        int inForce = policies.inForce().version();
        assertThat(page.body()).contains("Version " + inForce + " in force", "id=\"proposal-form\"",
                "name=\"nonEvidentialDays\" id=\"nonEvidentialDays\" size=\"5\" required value=\""
                        + policies.inForce().policy().baseline().keep().value().getDays() + "\"");

        Map<String, String> form = new LinkedHashMap<>(Map.of("nonEvidentialDays", "1", "keep.EVIDENTIAL", "P6Y",
                "review.EVIDENTIAL", "P1Y", "reason", "Shorter baseline for the pilot"));
        WebSession.Page proposed = admin.submit(page, "/retention/policy/proposals", form);
        assertThat(proposed.status()).isEqualTo(200);
        int version = Integer.parseInt(proposed.path().substring("/retention/policy/versions/".length()));
        assertThat(proposed.body()).contains("Proposed as version " + version, "PROPOSED",
                "Shorter baseline for the pilot", "You proposed this version");
        assertThat(proposed.body()).contains("id=\"clip-" + free + "\"").doesNotContain("id=\"clip-" + held + "\"");
        assertThat(part(proposed, "counts", "</table>")).contains(records.unit(), "NON_EVIDENTIAL");
        assertThat(part(proposed, "would-delete", "</p>")).doesNotContain(">0<");
        assertThat(actions(audit, "admin", "retention-policy", String.valueOf(version)))
                .contains("retention.policy-proposed SUCCEEDED", "retention.policy-previewed SUCCEEDED");

        WebSession.Page self = admin.submit(proposed, "/retention/policy/versions/" + version + "/approve", Map.of());
        assertThat(self.status()).isEqualTo(409);
        assertThat(part(self, "error", "</p>")).contains("Policy version " + version + " was proposed by admin; "
                + "a different administrator must approve it");
        assertThat(self.body()).doesNotContain("Exception");
        assertThat(policies.version(version).state()).isEqualTo(PolicyState.PROPOSED);
        assertThat(actions(audit, "admin", "retention-policy", String.valueOf(version)))
                .contains("retention.policy-approved DENIED");

        String second = records.user(Role.ADMINISTRATOR, null);
        WebSession other = signIn(second);
        WebSession.Page review = other.get("/retention/policy/versions/" + version);
        assertThat(review.body()).contains("id=\"approve\"").doesNotContain("You proposed this version");
        WebSession.Page rejected = other.submit(review, "/retention/policy/versions/" + version + "/reject",
                Map.of("reason", "Too short for complaints to arrive"));
        assertThat(rejected.body()).contains("Version " + version + " was turned down", "REJECTED")
                .doesNotContain("id=\"approve\"");
        assertThat(policies.version(version).state()).isEqualTo(PolicyState.REJECTED);
        assertThat(policies.inForce().version()).isEqualTo(inForce);
        assertThat(actions(audit, second, "retention-policy", String.valueOf(version)))
                .contains("retention.policy-rejected SUCCEEDED");
    }

    @Test
    void aSecondAdministratorPutsAProposalInForce() {
        WebSession admin = signIn("admin", "test-admin-password");
        WebSession.Page page = admin.get("/retention/policy");
        Map<String, String> sameRules = currentRules(page);
        sameRules.put("reason", "Reviewed: the schedule stands");
        WebSession.Page proposed = admin.submit(page, "/retention/policy/proposals", sameRules);
        int version = Integer.parseInt(proposed.path().substring("/retention/policy/versions/".length()));

        String second = records.user(Role.ADMINISTRATOR, null);
        WebSession other = signIn(second);
        WebSession.Page approved = other.submit(other.get("/retention/policy/versions/" + version),
                "/retention/policy/versions/" + version + "/approve", Map.of());
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.body()).contains("Version " + version + " is in force", "IN_FORCE", "decided by " + second);
        assertThat(policies.inForce().version()).isEqualTo(version);
        assertThat(policies.inForce().decidedBy()).isEqualTo(second);
        assertThat(other.get("/retention/policy").body()).contains("Version " + version + " in force");
        assertThat(actions(audit, second, "retention-policy", String.valueOf(version)))
                .contains("retention.policy-approved SUCCEEDED");
    }

    @Test
    void badProposalsAreRefusedWithAMessageAndTheFormKeepsWhatWasTyped() {
        WebSession admin = signIn("admin", "test-admin-password");
        WebSession.Page page = admin.get("/retention/policy");
        int versions = policies.all().size();

        WebSession.Page notDays = admin.submit(page, "/retention/policy/proposals",
                Map.of("nonEvidentialDays", "a month", "reason", "x"));
        assertThat(notDays.status()).isEqualTo(400);
        assertThat(part(notDays, "error", "</p>")).contains("a whole number of days, not &#39;a month&#39;");
        assertThat(notDays.body()).contains("value=\"a month\"");

        WebSession.Page noReview = admin.submit(page, "/retention/policy/proposals",
                Map.of("nonEvidentialDays", "31", "keep.FIREARMS", "P10Y", "reason", "Firearms"));
        assertThat(noReview.status()).isEqualTo(400);
        assertThat(noReview.body()).contains("The rule for FIREARMS keeps evidential footage and needs a review period");

        WebSession.Page badPeriod = admin.submit(page, "/retention/policy/proposals",
                Map.of("nonEvidentialDays", "31", "keep.EVIDENTIAL", "six years", "review.EVIDENTIAL", "P1Y",
                        "reason", "x"));
        assertThat(badPeriod.status()).isEqualTo(400);
        assertThat(badPeriod.body()).contains("&#39;six years&#39; is not a period such as P31D");

        WebSession.Page noReason = admin.submit(page, "/retention/policy/proposals",
                Map.of("nonEvidentialDays", "31", "reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("A policy change needs a reason");
        assertThat(admin.get("/retention/policy/versions/99999").status()).isEqualTo(404);
        assertThat(admin.get("/retention/policy/versions/abc").status()).isEqualTo(400);
        assertThat(policies.all()).hasSize(versions);
    }

    @Test
    void onlyAdministratorsChangeThePolicyAndOnlyThoseWhoOverseeItSeeIt() {
        WebSession dpo = signIn(records.user(Role.DATA_PROTECTION_OFFICER, null));
        WebSession.Page seen = dpo.get("/retention/policy");
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.body()).contains("in force").doesNotContain("id=\"proposal-form\"");
        assertThat(dpo.get("/").body()).contains("href=\"/retention/policy\"");
        assertThat(dpo.submit(seen, "/retention/policy/proposals", Map.of("nonEvidentialDays", "1", "reason", "x"))
                .status()).isEqualTo(403);
        assertThat(signIn(records.user(Role.AUDITOR, null)).get("/retention/policy").status()).isEqualTo(200);
        for (Role role : new Role[] { Role.OFFICER, Role.SUPERVISOR, Role.EVIDENCE_OFFICER, Role.PROSECUTOR,
                Role.PROFESSIONAL_STANDARDS }) {
            WebSession other = signIn(records.user(role, role == Role.OFFICER ? collar : null));
            assertThat(other.get("/retention/policy").status()).as(role.name()).isEqualTo(403);
            assertThat(other.get("/").body()).as(role.name()).doesNotContain("href=\"/retention/policy\"");
        }
    }

    /** The proposal form as the page fills it in: the rules in force. */
    private static Map<String, String> currentRules(WebSession.Page page) {
        Map<String, String> fields = new LinkedHashMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("name=\"((?:keep|review)\\.[A-Z_]+|nonEvidentialDays)\"[^>]*?value=\"([^\"]*)\"")
                .matcher(page.body());
        while (m.find()) {
            fields.put(m.group(1), m.group(2));
        }
        assertThat(fields).containsKey("nonEvidentialDays").containsKey("keep.EVIDENTIAL");
        return fields;
    }
}
