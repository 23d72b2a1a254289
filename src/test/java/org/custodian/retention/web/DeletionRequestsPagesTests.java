package org.custodian.retention.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodian.retention.web.RetentionPages.actions;
import static org.custodian.retention.web.RetentionPages.dock;
import static org.custodian.retention.web.RetentionPages.part;
import static org.custodian.retention.web.RetentionPages.row;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.custodian.evidence.ClipCatalogue;
import org.custodian.evidence.ClipId;
import org.custodian.identity.Role;
import org.custodian.retention.DeletionRequest;
import org.custodian.retention.DeletionRequests;
import org.custodian.support.Api;
import org.custodian.support.CustodianTest;
import org.custodian.support.RandomClips;
import org.custodian.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Deleting chosen clips early through the pages: proposed with a preview of what goes and what is left out,
 * refused to the proposer with a message, approved by a second administrator. Runs on H2 here and on PostgreSQL in
 * {@link DeletionRequestsPagesPostgresTest}.
 */
@CustodianTest
class DeletionRequestsPagesTests extends RetentionPagesTest {

    @Autowired
    ClipCatalogue catalogue;
    @Autowired
    DeletionRequests requests;

    @Test
    void anAdministratorProposesADeletionSeesItsPreviewAndADifferentOneApprovesIt() throws Exception {
        ClipId first = dock(ingest, camera, collar, 2);
        ClipId second = dock(ingest, camera, collar, 2);
        ClipId held = dock(ingest, camera, collar, 2);
        assertThat(Api.at(port).admin().post("/api/v1/clips/" + held + "/holds",
                Map.of("kind", "FOI_REQUEST", "reason", "FOI 2026/9")).status()).isEqualTo(201);
        WebSession admin = signIn("admin", "test-admin-password");
        WebSession.Page page = admin.get("/retention/deletions");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"deletion-form\"");

        WebSession.Page proposed = admin.submit(page, "/retention/deletions", Map.of("clipIds",
                first + "\n" + second + ", " + held, "reason", "Recorded in a hospital ward by mistake"));
        assertThat(proposed.status()).isEqualTo(200);
        long id = Long.parseLong(proposed.path().substring("/retention/deletions/".length()));
        assertThat(proposed.body()).contains("Deletion request " + id + " recorded", "PROPOSED",
                "Recorded in a hospital ward by mistake", "You proposed this request");
        assertThat(part(proposed, "would-delete", "</p>")).contains("<strong>2</strong>");
        assertThat(part(proposed, "counts", "</table>")).contains(records.unit(), "NON_EVIDENTIAL", ">2<");
        assertThat(part(proposed, "request-clips", "</table>")).contains("id=\"clip-" + first + "\"",
                "id=\"clip-" + second + "\"").doesNotContain(held.toString());
        assertThat(row(proposed, "excluded-" + held)).contains("held");
        assertThat(actions(audit, "admin", "deletion-request", String.valueOf(id)))
                .contains("retention.deletion-proposed SUCCEEDED", "retention.deletion-previewed SUCCEEDED");

        WebSession.Page self = admin.submit(proposed, "/retention/deletions/" + id + "/approve", Map.of());
        assertThat(self.status()).isEqualTo(409);
        assertThat(part(self, "error", "</p>")).contains("Deletion request " + id + " was proposed by admin; "
                + "a different administrator must approve it");
        assertThat(catalogue.require(first).status().name()).isEqualTo("STORED");
        assertThat(actions(audit, "admin", "deletion-request", String.valueOf(id)))
                .contains("retention.deletion-approved DENIED");

        String other = records.user(Role.ADMINISTRATOR, null);
        WebSession otherSession = signIn(other);
        WebSession.Page approved = otherSession.submit(otherSession.get("/retention/deletions/" + id),
                "/retention/deletions/" + id + "/approve", Map.of());
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.body()).contains("Approved: 2 clip(s) deleted", "APPROVED", "decided by " + other)
                .doesNotContain("id=\"approve\"");
        assertThat(catalogue.require(first).status().name()).isEqualTo("DELETED");
        assertThat(catalogue.require(second).status().name()).isEqualTo("DELETED");
        assertThat(catalogue.require(held).status().name()).isEqualTo("STORED");
        assertThat(actions(audit, other, "deletion-request", String.valueOf(id)))
                .contains("retention.deletion-approved SUCCEEDED");
        assertThat(row(otherSession.get("/retention/deletions"), "request-" + id)).contains("APPROVED", other);
    }

    @Test
    void aDeletionBySearchOfOneUnitsClipsInATimeWindowIsRejectedByTheSecondAdministrator() throws Exception {
        Instant at = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        ClipId clip = RandomClips.receive(ingest, camera, collar, at, null).clipId();
        WebSession admin = signIn("admin", "test-admin-password");
        String from = LocalDateTime.ofInstant(at.minus(Duration.ofMinutes(1)), ZoneOffset.UTC).toString();
        String to = LocalDateTime.ofInstant(at.plus(Duration.ofMinutes(1)), ZoneOffset.UTC).toString();
        WebSession.Page proposed = admin.submit(admin.get("/retention/deletions"), "/retention/deletions",
                Map.of("from", from, "to", to, "unit", records.unit(), "category", "NON_EVIDENTIAL",
                        "reason", "Test recordings at the training centre"));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(200);
        long id = Long.parseLong(proposed.path().substring("/retention/deletions/".length()));
        assertThat(part(proposed, "request-clips", "</table>")).contains("id=\"clip-" + clip + "\"");
        assertThat(proposed.body()).contains("unit " + records.unit());

        WebSession other = signIn(records.user(Role.ADMINISTRATOR, null));
        WebSession.Page rejected = other.submit(other.get("/retention/deletions/" + id),
                "/retention/deletions/" + id + "/reject", Map.of("reason", "Needed for training"));
        assertThat(rejected.body()).contains("was turned down; nothing was deleted", "REJECTED");
        assertThat(requests.preview(id).request().state()).isEqualTo(DeletionRequest.State.REJECTED);
        assertThat(catalogue.require(clip).status().name()).isEqualTo("STORED");
        WebSession.Page twice = other.submit(rejected, "/retention/deletions/" + id + "/approve", Map.of());
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).contains("was already rejected");
    }

    @Test
    void badProposalsAreRefusedWithAMessageAndTheFormKeepsWhatWasTyped() throws Exception {
        ClipId held = dock(ingest, camera, collar, 2);
        Api.at(port).admin().post("/api/v1/clips/" + held + "/holds", Map.of("kind", "CASE", "reason", "Case"));
        WebSession admin = signIn("admin", "test-admin-password");
        WebSession.Page page = admin.get("/retention/deletions");

        WebSession.Page both = admin.submit(page, "/retention/deletions", Map.of("clipIds", held.toString(),
                "from", "2026-01-01T00:00", "to", "2026-02-01T00:00", "reason", "x"));
        assertThat(both.status()).isEqualTo(400);
        assertThat(part(both, "error", "</p>")).contains("not both and not neither");
        assertThat(both.body()).contains(held.toString(), "value=\"2026-01-01T00:00\"");

        WebSession.Page nothing = admin.submit(page, "/retention/deletions",
                Map.of("clipIds", held.toString(), "reason", "Mistake"));
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(nothing.body()).contains("Nothing to delete: every clip chosen is excluded ({held=1})");

        WebSession.Page badId = admin.submit(page, "/retention/deletions", Map.of("clipIds", "clip-1", "reason", "x"));
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.body()).contains("&#39;clip-1&#39; is not a clip id");
        WebSession.Page badTime = admin.submit(page, "/retention/deletions",
                Map.of("from", "yesterday", "to", "2026-02-01T00:00", "reason", "x"));
        assertThat(badTime.status()).isEqualTo(400);
        assertThat(badTime.body()).contains("from must be an ISO-8601 instant");
        WebSession.Page noReason = admin.submit(page, "/retention/deletions", Map.of("clipIds",
                dock(ingest, camera, collar, 2).toString(), "reason", ""));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("Deleting footage early needs a reason");
        assertThat(admin.get("/retention/deletions/99999999").status()).isEqualTo(404);
        assertThat(catalogue.require(held).status().name()).isEqualTo("STORED");
    }

    @Test
    void onlyAdministratorsProposeAndApproveWhileTheDataProtectionOfficerAndAuditorsSee() throws Exception {
        ClipId clip = dock(ingest, camera, collar, 2);
        long id = requestAsAdmin(clip);
        for (Role role : new Role[] { Role.DATA_PROTECTION_OFFICER, Role.AUDITOR }) {
            WebSession session = signIn(records.user(role, null));
            WebSession.Page list = session.get("/retention/deletions");
            assertThat(list.status()).as(role.name()).isEqualTo(200);
            assertThat(list.body()).as(role.name()).doesNotContain("id=\"deletion-form\"");
            WebSession.Page request = session.get("/retention/deletions/" + id);
            assertThat(request.body()).as(role.name()).contains("id=\"clip-" + clip + "\"")
                    .doesNotContain("id=\"approve\"");
            assertThat(session.submit(request, "/retention/deletions/" + id + "/approve", Map.of()).status())
                    .as(role.name()).isEqualTo(403);
            assertThat(session.get("/").body()).as(role.name()).contains("href=\"/retention/deletions\"");
        }
        for (Role role : new Role[] { Role.OFFICER, Role.SUPERVISOR, Role.EVIDENCE_OFFICER,
                Role.PROFESSIONAL_STANDARDS }) {
            WebSession other = signIn(records.user(role, role == Role.OFFICER ? collar : null, records.unit()));
            assertThat(other.get("/retention/deletions").status()).as(role.name()).isEqualTo(403);
            assertThat(other.get("/retention/deletions/" + id).status()).as(role.name()).isEqualTo(403);
            assertThat(other.get("/").body()).as(role.name()).doesNotContain("href=\"/retention/deletions\"");
        }
        assertThat(catalogue.require(clip).status().name()).isEqualTo("STORED");
    }

    private long requestAsAdmin(ClipId clip) {
        WebSession admin = signIn("admin", "test-admin-password");
        WebSession.Page proposed = admin.submit(admin.get("/retention/deletions"), "/retention/deletions",
                Map.of("clipIds", clip.toString(), "reason", "Pocket recording"));
        return Long.parseLong(proposed.path().substring("/retention/deletions/".length()));
    }
}
