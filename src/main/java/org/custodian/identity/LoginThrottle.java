package org.custodian.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after {@code max-failures} wrong passwords for one username, that username
 * is refused for {@code lockout}, whatever password is offered. Kept per node in memory; behind a load
 * balancer each node counts on its own, which still bounds guesses to nodes x max-failures per lockout.
 */
@Component
public class LoginThrottle {

    private record Failures(int count, Instant lockedUntil) {
    }

    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();
    private final int maxFailures;
    private final Duration lockout;
    private final Clock clock;

    LoginThrottle(@Value("${custodian.identity.login.max-failures:5}") int maxFailures,
            @Value("${custodian.identity.login.lockout:PT15M}") Duration lockout, Clock clock) {
        this.maxFailures = maxFailures;
        this.lockout = lockout;
        this.clock = clock;
    }

    public boolean isLocked(String username) {
        Failures f = failures.get(key(username));
        return f != null && f.lockedUntil() != null && clock.instant().isBefore(f.lockedUntil());
    }

    public void failed(String username) {
        Instant now = clock.instant();
        failures.compute(key(username), (k, f) -> {
            if (f == null || (f.lockedUntil() != null && !now.isBefore(f.lockedUntil()))) {
                f = new Failures(0, null);
            }
            int count = f.count() + 1;
            return new Failures(count, count >= maxFailures ? now.plus(lockout) : null);
        });
    }

    public void succeeded(String username) {
        failures.remove(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase();
    }
}
