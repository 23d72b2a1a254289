package org.custodian.audit;

/**
 * The result of checking the whole log.
 *
 * @param intact         true when every entry follows from the one before and the head matches
 * @param entriesChecked how many entries were found sound before the first break (or in all)
 * @param firstBroken    the sequence number of the first broken entry, or null when intact
 * @param problem        what is wrong with it, in words
 * @param headHash       the hash of the last entry when intact
 */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBroken, String problem,
        String headHash) {

    static ChainVerification intact(long checked, String headHash) {
        return new ChainVerification(true, checked, null, null, headHash);
    }

    static ChainVerification broken(long checked, long firstBroken, String problem) {
        return new ChainVerification(false, checked, firstBroken, problem, null);
    }
}
