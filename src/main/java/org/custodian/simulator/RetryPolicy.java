package org.custodian.simulator;

import java.time.Duration;

/**
 * How hard a dock tries before giving up on an object. Failures (dropped connection, timeout, refused
 * checksum, server error, expired token) are retried up to {@code attempts} times with doubling
 * {@code backoff}; "busy" answers (503) are waited out as the server's Retry-After says, each wait capped
 * at {@code longestRetryAfter}, for at most {@code patience} in all, since at shift change busy is normal.
 */
public record RetryPolicy(int attempts, Duration backoff, Duration longestRetryAfter, Duration patience,
        Duration requestTimeout) {

    public RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("At least one attempt is needed");
        }
        if (backoff.isNegative() || backoff.isZero() || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("The backoff and the request timeout must be positive");
        }
        if (longestRetryAfter.compareTo(backoff) < 0 || patience.isNegative()) {
            throw new IllegalArgumentException("Busy waits must allow the backoff; patience cannot be negative");
        }
    }

    public static RetryPolicy standard() {
        return new RetryPolicy(6, Duration.ofSeconds(1), Duration.ofMinutes(2), Duration.ofHours(1),
                Duration.ofMinutes(30));
    }

    Duration backoffBefore(int attempt) {
        return backoff.multipliedBy(1L << Math.max(0, Math.min(attempt - 2, 10)));
    }
}
