package org.custodian.retention.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.custodian.audit.AuditEntry;
import org.custodian.audit.AuditLog;
import org.custodian.audit.AuditQuery;
import org.custodian.evidence.ClipId;
import org.custodian.ingest.Ingest;
import org.custodian.support.RandomClips;
import org.custodian.support.WebSession;

/** What the retention page tests share: signing in, clips docked days ago, and reading rows of the pages. */
final class RetentionPages {

    private RetentionPages() {
    }

    static WebSession signIn(int port, String username, String password) {
        WebSession session = WebSession.at(port);
        assertThat(session.signIn(username, password).body()).doesNotContain("id=\"sign-in\"");
        return session;
    }

    /** A clip of {@code officer} recorded {@code daysAgo} days before now. */
    static ClipId dock(Ingest ingest, String camera, String officer, int daysAgo) throws IOException {
        return RandomClips.receive(ingest, camera, officer, Instant.now().minus(Duration.ofDays(daysAgo)), null)
                .clipId();
    }

    /** The table row with this id, to its end. */
    static String row(WebSession.Page page, String id) {
        int start = page.body().indexOf("id=\"" + id + "\"");
        assertThat(start).as("row " + id + " in " + page.body()).isNotNegative();
        return page.body().substring(start, page.body().indexOf("</tr>", start));
    }

    /** The element with this id (a table, section or form), to the end of its kind. */
    static String part(WebSession.Page page, String id, String end) {
        int start = page.body().indexOf("id=\"" + id + "\"");
        assertThat(start).as(id + " in " + page.body()).isNotNegative();
        return page.body().substring(start, page.body().indexOf(end, start));
    }

    /** The first number in the page that follows {@code prefix}, e.g. a hold's id in {@code id="hold-}. */
    static long number(WebSession.Page page, String prefix) {
        Matcher m = Pattern.compile(Pattern.quote(prefix) + "(\\d+)").matcher(page.body());
        assertThat(m.find()).as(prefix + " in " + page.body()).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** The actions {@code actor} is on record for about {@code subject}, newest first, with their outcome. */
    static List<String> actions(AuditLog audit, String actor, String subjectType, String subjectId) {
        return audit.find(AuditQuery.forSubject(subjectType, subjectId)).stream().filter(e -> e.actor().equals(actor))
                .map(e -> e.action() + " " + e.outcome()).toList();
    }

    static List<AuditEntry> byActor(AuditLog audit, String actor, String action) {
        return audit.find(new AuditQuery(actor, action, null, null, null, null, 0, 50));
    }
}
