package org.custodian.retention;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.custodian.shared.InvalidValueException;

/** A length of time footage is kept or reviewed after, in calendar terms (P31D, P6Y), reckoned in UTC. */
public record RetentionPeriod(Period value) implements Comparable<RetentionPeriod> {

    /** Compared as the length each gives from one fixed day; good enough to tell which rule keeps longer. */
    private static final Instant REFERENCE = Instant.parse("2000-01-01T00:00:00Z");

    public RetentionPeriod {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new InvalidValueException("A retention period must be longer than nothing, e.g. P31D or P6Y; got "
                    + value);
        }
    }

    public static RetentionPeriod parse(String text) {
        try {
            return new RetentionPeriod(Period.parse(text.trim()));
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidValueException("'" + text + "' is not a period such as P31D, P6M or P6Y");
        }
    }

    public static RetentionPeriod ofDays(int days) {
        return new RetentionPeriod(Period.ofDays(days));
    }

    public Instant after(Instant from) {
        return from.atZone(ZoneOffset.UTC).plus(value).toInstant();
    }

    public Instant before(Instant to) {
        return to.atZone(ZoneOffset.UTC).minus(value).toInstant();
    }

    @Override
    public int compareTo(RetentionPeriod other) {
        return after(REFERENCE).compareTo(other.after(REFERENCE));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
