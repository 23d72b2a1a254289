package org.custodian.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class HashChainTest {

    private static List<AuditEntry> chain(int n) {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = HashChain.GENESIS;
        for (long seq = 1; seq <= n; seq++) {
            Instant at = Instant.parse("2026-11-23T10:00:00Z").plusSeconds(seq);
            String hash = HashChain.hash(seq, at, "pc123", "camera.registered", "camera", "CAM" + seq, null,
                    "SUCCEEDED", null, previous);
            entries.add(new AuditEntry(seq, at, "pc123", "camera.registered", "camera", "CAM" + seq, null,
                    "SUCCEEDED", null, previous, hash));
            previous = hash;
        }
        return entries;
    }

    private static ChainVerification verify(List<AuditEntry> entries) {
        AuditEntry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
        return HashChain.verify(entries.iterator(), last == null ? 0 : last.sequence(),
                last == null ? HashChain.GENESIS : last.hash());
    }

    @Test
    void acceptsAnUntouchedChain() {
        ChainVerification result = verify(chain(5));
        assertThat(result.intact()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(5);
    }

    @Test
    void acceptsAnEmptyLog() {
        assertThat(HashChain.verify(List.<AuditEntry>of().iterator(), 0, HashChain.GENESIS).intact()).isTrue();
    }

    @Test
    void findsTheEntryWhoseContentWasChanged() {
        List<AuditEntry> entries = chain(5);
        AuditEntry e = entries.get(2);
        entries.set(2, new AuditEntry(e.sequence(), e.occurredAt(), "someone-else", e.action(), e.subjectType(),
                e.subjectId(), e.reason(), e.outcome(), e.details(), e.previousHash(), e.hash()));
        ChainVerification result = HashChain.verify(entries.iterator(), 5, entries.get(4).hash());
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBroken()).isEqualTo(3);
        assertThat(result.entriesChecked()).isEqualTo(2);
    }

    @Test
    void findsARemovedEntry() {
        List<AuditEntry> entries = chain(5);
        String head = entries.get(4).hash();
        entries.remove(1);
        ChainVerification result = HashChain.verify(entries.iterator(), 5, head);
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBroken()).isEqualTo(2);
    }

    @Test
    void findsAnEntryRehashedToHideAChange() {
        List<AuditEntry> entries = chain(5);
        AuditEntry e = entries.get(1);
        String forged = HashChain.hash(e.sequence(), e.occurredAt(), "forger", e.action(), e.subjectType(),
                e.subjectId(), e.reason(), e.outcome(), e.details(), e.previousHash());
        entries.set(1, new AuditEntry(e.sequence(), e.occurredAt(), "forger", e.action(), e.subjectType(),
                e.subjectId(), e.reason(), e.outcome(), e.details(), e.previousHash(), forged));
        ChainVerification result = HashChain.verify(entries.iterator(), 5, entries.get(4).hash());
        assertThat(result.firstBroken()).isEqualTo(3);
    }

    @Test
    void findsTheNewestEntriesRemoved() {
        List<AuditEntry> entries = chain(5);
        String head = entries.get(4).hash();
        ChainVerification result = HashChain.verify(entries.subList(0, 3).iterator(), 5, head);
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBroken()).isEqualTo(4);
    }

    @Test
    void distinguishesFieldBoundaries() {
        Instant at = Instant.parse("2026-11-23T10:00:00Z");
        String a = HashChain.hash(1, at, "ab", "c", "t", null, null, "SUCCEEDED", null, HashChain.GENESIS);
        String b = HashChain.hash(1, at, "a", "bc", "t", null, null, "SUCCEEDED", null, HashChain.GENESIS);
        String c = HashChain.hash(1, at, "a", "bc", "t", "", null, "SUCCEEDED", null, HashChain.GENESIS);
        assertThat(a).isNotEqualTo(b);
        assertThat(b).isNotEqualTo(c);
    }
}
