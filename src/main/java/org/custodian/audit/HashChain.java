package org.custodian.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Iterator;

/**
 * The rule that links entries: an entry's hash is SHA-256 over its sequence number, time, fields and
 * the previous entry's hash, each length-prefixed so no two different entries encode alike.
 */
public final class HashChain {

    /** The previous-hash of the very first entry. */
    public static final String GENESIS = "0".repeat(64);

    private HashChain() {
    }

    /** Times are kept to the microsecond, the finest both H2 and PostgreSQL store. */
    public static Instant normalise(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }

    public static String hash(long sequence, Instant occurredAt, String actor, String action, String subjectType,
            String subjectId, String reason, String outcome, String details, String previousHash) {
        MessageDigest sha = sha256();
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, normalise(occurredAt));
        sha.update(ByteBuffer.allocate(16).putLong(sequence).putLong(micros).array());
        for (String field : new String[] {actor, action, subjectType, subjectId, reason, outcome, details,
                previousHash}) {
            if (field == null) {
                sha.update(ByteBuffer.allocate(4).putInt(-1).array());
            } else {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
                sha.update(bytes);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    public static String hashOf(AuditEntry e) {
        return hash(e.sequence(), e.occurredAt(), e.actor(), e.action(), e.subjectType(), e.subjectId(), e.reason(),
                e.outcome(), e.details(), e.previousHash());
    }

    /**
     * Walks entries in sequence order and reports the first that does not follow from its predecessor.
     * {@code head} is the last sequence and hash the log recorded separately; it catches removal of the
     * newest entries, which the chain alone cannot show.
     */
    public static ChainVerification verify(Iterator<AuditEntry> entries, long headSequence, String headHash) {
        String previous = GENESIS;
        long expected = 1;
        long checked = 0;
        while (entries.hasNext()) {
            AuditEntry e = entries.next();
            if (e.sequence() != expected) {
                return ChainVerification.broken(checked, expected,
                        "entry " + expected + " is missing (next present is " + e.sequence() + ")");
            }
            if (!previous.equals(e.previousHash())) {
                return ChainVerification.broken(checked, e.sequence(),
                        "entry " + e.sequence() + " does not point at the hash of entry " + (e.sequence() - 1));
            }
            if (!hashOf(e).equals(e.hash())) {
                return ChainVerification.broken(checked, e.sequence(),
                        "entry " + e.sequence() + " was altered: its content no longer matches its hash");
            }
            previous = e.hash();
            expected++;
            checked++;
        }
        if (checked != headSequence || (headSequence > 0 && !previous.equals(headHash))) {
            return ChainVerification.broken(checked, checked + 1,
                    "the log ends at entry " + checked + " but its head records entry " + headSequence);
        }
        return ChainVerification.intact(checked, previous);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
