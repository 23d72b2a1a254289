package org.custodian.simulator;

import java.util.SplittableRandom;

/** Deliberate failures for exercising a server: where to cut an upload short, as an unplugged dock would. */
@FunctionalInterface
public interface FaultPlan {

    /** How many body bytes this attempt sends before the connection drops, or -1 to send it whole. */
    long cutAfter(String object, int attempt, long length);

    static FaultPlan none() {
        return (object, attempt, length) -> -1;
    }

    /**
     * The first attempt of about the given share of clips stops at a random byte; the same seed cuts the
     * same clips at the same bytes, whatever order they are sent in.
     */
    static FaultPlan unplugMidClip(long seed, double share) {
        return (object, attempt, length) -> {
            if (attempt > 1 || !object.endsWith(".mp4") || length < 2) {
                return -1;
            }
            SplittableRandom random = new SplittableRandom(seed * 31 + object.hashCode());
            return random.nextDouble() < share ? random.nextLong(1, length) : -1;
        };
    }
}
