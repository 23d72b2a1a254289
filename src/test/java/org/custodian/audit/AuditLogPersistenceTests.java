package org.custodian.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.custodian.support.Api;
import org.custodian.support.CustodianTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Runs on H2 here and on PostgreSQL in {@link AuditLogPostgresTest}. */
@CustodianTest
class AuditLogPersistenceTests {

    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;
    @LocalServerPort
    int port;

    @Test
    void entriesAreChainedAndVerify() {
        AuditEntry first = audit.recordAs("pc1", AuditEvent.succeeded("camera.registered", "camera", "AX1")
                .with("model", "W110"));
        AuditEntry second = audit.recordAs("pc1", AuditEvent.succeeded("camera.retired", "camera", "AX1")
                .withReason("screen cracked"));
        assertThat(second.sequence()).isEqualTo(first.sequence() + 1);
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void eventsRecordedTogetherFollowOnInOrderAndRollBackTogether() {
        AuditEntry before = audit.recordAs("pc2", AuditEvent.succeeded("clip.viewed", "clip", "batch-0"));
        var together = audit.recordAllAs("pc2", List.of(
                AuditEvent.succeeded("clip.deleted", "clip", "batch-1").with("sha256", "aa"),
                AuditEvent.succeeded("clip.deleted", "clip", "batch-2").withReason("rule ran out"),
                AuditEvent.succeeded("clip.deleted", "clip", "batch-3")));
        AuditEntry after = audit.recordAs("pc2", AuditEvent.succeeded("clip.viewed", "clip", "batch-4"));

        assertThat(together).extracting(AuditEntry::subjectId).containsExactly("batch-1", "batch-2", "batch-3");
        assertThat(together).extracting(AuditEntry::sequence).containsExactly(before.sequence() + 1,
                before.sequence() + 2, before.sequence() + 3);
        assertThat(together.get(0).previousHash()).isEqualTo(before.hash());
        assertThat(together.get(2).previousHash()).isEqualTo(together.get(1).hash());
        assertThat(after.previousHash()).isEqualTo(together.get(2).hash());
        assertThat(audit.find(AuditQuery.forSubject("clip", "batch-2")).get(0).reason()).isEqualTo("rule ran out");
        assertThat(audit.verify().intact()).isTrue();

        long entries = audit.verify().entriesChecked();
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            audit.recordAllAs("pc2", List.of(AuditEvent.succeeded("clip.deleted", "clip", "batch-5"),
                    AuditEvent.succeeded("clip.deleted", "clip", "batch-6")));
            throw new IllegalStateException("the deletion failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(audit.find(AuditQuery.forSubject("clip", "batch-6"))).isEmpty();
        assertThat(audit.verify().entriesChecked()).isEqualTo(entries);
        assertThat(audit.recordAllAs("pc2", List.of())).isEmpty();
    }

    @Test
    void anEntryRolledBackWithItsChangeLeavesNoTrace() {
        long before = audit.verify().entriesChecked();
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            audit.recordAs("pc1", AuditEvent.succeeded("camera.registered", "camera", "ROLLED-BACK"));
            throw new IllegalStateException("the change failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(audit.find(AuditQuery.forSubject("camera", "ROLLED-BACK"))).isEmpty();
        ChainVerification after = audit.verify();
        assertThat(after.intact()).isTrue();
        assertThat(after.entriesChecked()).isEqualTo(before);
    }

    @Test
    void verifyCatchesARowEditedDirectlyInTheDatabase() {
        AuditEntry target = audit.recordAs("pc7", AuditEvent.succeeded("clip.viewed", "clip", "42"));
        audit.recordAs("pc7", AuditEvent.succeeded("clip.viewed", "clip", "43"));
        tamper(target.sequence(), "pc999");
        try {
            ChainVerification result = audit.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBroken()).isEqualTo(target.sequence());
            Api.Response api = Api.at(port).admin().get("/api/v1/audit/verify");
            assertThat(api.status()).isEqualTo(200);
            assertThat(api.json().get("intact").asBoolean()).isFalse();
            assertThat(api.json().get("firstBroken").asLong()).isEqualTo(target.sequence());
        } finally {
            tamper(target.sequence(), "pc7");
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void concurrentAppendsNeverShareASequenceNumber() throws Exception {
        long before = audit.verify().entriesChecked();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int t = 0; t < 4; t++) {
                int n = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        audit.recordAs("pc" + n, AuditEvent.succeeded("clip.viewed", "clip", n + "-" + i));
                    }
                }));
            }
            for (var future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        ChainVerification after = audit.verify();
        assertThat(after.intact()).isTrue();
        assertThat(after.entriesChecked()).isGreaterThanOrEqualTo(before + 40);
    }

    /** Direct SQL, as someone with database access would; PostgreSQL's guard trigger must be lifted first. */
    protected void tamper(long sequence, String actor) {
        jdbc.sql("UPDATE audit_entry SET actor = ? WHERE sequence_no = ?").params(actor, sequence).update();
    }
}
