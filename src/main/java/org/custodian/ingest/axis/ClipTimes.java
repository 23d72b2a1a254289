package org.custodian.ingest.axis;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.custodian.shared.InvalidValueException;

/**
 * When a clip started and stopped, from its object metadata: {@code StartTime}/{@code StopTime} (epoch
 * seconds, UTC; milliseconds are recognised by their size) or their RFC 3339 twins
 * {@code StartTimeISO}/{@code StopTimeISO}. Whether the times are possible is ingest's rule
 * ({@link org.custodian.ingest.ImpossibleRecordingTimeException}).
 */
record ClipTimes(Instant start, Instant stop) {

    private static final BigDecimal MILLIS_THRESHOLD = BigDecimal.valueOf(100_000_000_000L);

    static ClipTimes of(Metadata metadata) {
        Instant start = time(metadata, "StartTime");
        if (start == null) {
            throw new InvalidValueException("The clip has no StartTime (or StartTimeISO) metadata");
        }
        return new ClipTimes(start, time(metadata, "StopTime"));
    }

    /** Epoch first, as the spec lists it first; the ISO twin when the epoch form is absent. */
    static Instant time(Metadata metadata, String key) {
        String epoch = metadata.get(key);
        if (epoch != null) {
            return epoch(epoch, key);
        }
        String iso = metadata.get(key + "ISO");
        return iso == null ? null : iso(iso, key + "ISO");
    }

    static Instant iso(String value, String what) {
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(what + " " + Names.quote(value) + " is not an RFC 3339 time");
        }
    }

    private static Instant epoch(String value, String what) {
        if (value.indexOf('T') >= 0) {
            // An RFC 3339 time where epoch seconds belong, as some systems send: no number has a T in it.
            return iso(value, what);
        }
        BigDecimal seconds;
        try {
            seconds = new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(what + " " + Names.quote(value) + " is not an epoch time");
        }
        if (seconds.signum() < 0 || seconds.precision() - seconds.scale() > 15) {
            throw new InvalidValueException(what + " " + Names.quote(value) + " is out of range");
        }
        if (seconds.compareTo(MILLIS_THRESHOLD) >= 0) {
            seconds = seconds.movePointLeft(3);
        }
        long whole = seconds.longValue();
        long nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue();
        return Instant.ofEpochSecond(whole, nanos);
    }
}
