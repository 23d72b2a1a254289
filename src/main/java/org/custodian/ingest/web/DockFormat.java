package org.custodian.ingest.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.custodian.shared.Sha256;
import org.springframework.stereotype.Component;

/**
 * How the dock status page shows sizes, ages and hashes, used in its template as {@code ${@dockFormat...}}:
 * sizes in decimal units as disks are sold, ages to the minute, hashes by their first 12 hex digits, which
 * is enough to tell clips apart on a page and to find one in the API.
 */
@Component("dockFormat")
class DockFormat {

    private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB"};

    private final Clock clock;

    DockFormat(Clock clock) {
        this.clock = clock;
    }

    public String size(long bytes) {
        double value = bytes;
        int unit = 0;
        while (value >= 1000 && unit < UNITS.length - 1) {
            value /= 1000;
            unit++;
        }
        return unit == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }

    /** How long ago, e.g. "under a minute", "14 min", "3 h 5 min", "2 d 4 h". */
    public String age(Instant since) {
        Duration age = Duration.between(since, clock.instant());
        if (age.toMinutes() < 1) {
            return "under a minute";
        }
        if (age.toHours() < 1) {
            return age.toMinutes() + " min";
        }
        if (age.toDays() < 1) {
            return age.toHours() + " h " + age.toMinutesPart() + " min";
        }
        return age.toDays() + " d " + age.toHoursPart() + " h";
    }

    public String shortHash(Sha256 hash) {
        return hash == null ? "" : hash.hex().substring(0, 12);
    }
}
