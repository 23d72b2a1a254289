package org.custodian.simulator;

import java.util.Objects;
import java.util.regex.Pattern;

/** A body-worn camera as the body-worn system registers it: serial number, display name, model, firmware. */
public record Camera(String serial, String name, String model, String firmware) {

    // Serials name containers (<user>_<serial>_<time>), so they may hold neither '_' nor '/'.
    private static final Pattern SERIAL = Pattern.compile("[A-Za-z0-9-]{1,32}");

    public Camera {
        if (serial == null || !SERIAL.matcher(serial).matches()) {
            throw new IllegalArgumentException("A camera serial is 1-32 letters, digits or '-', not " + serial);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(firmware, "firmware");
    }
}
