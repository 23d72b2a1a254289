package org.custodian.shared.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * How pages show times: to the minute, always in UTC and saying so, because evidence is compared across
 * forces, courts and clocks. Used in templates as {@code ${@times.show(instant)}}.
 */
@Component("times")
public class Times {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    public String show(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }
}
