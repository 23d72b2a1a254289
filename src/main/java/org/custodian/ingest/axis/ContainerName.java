package org.custodian.ingest.axis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.custodian.shared.InvalidValueException;

/**
 * The containers a body worn system creates: {@code System}, {@code Users}, {@code Devices}, and one per
 * recording named {@code <UserID>_<BWCSerialNumber>_<TriggerOnTime>}. Any other name is refused, so
 * nothing arrives here that Custodian would not know how to attribute.
 */
record ContainerName(String value, Kind kind, String userId, String serial, String triggerOnTime) {

    enum Kind { SYSTEM, USERS, DEVICES, RECORDING }

    /** The user id is the body worn system's UUID for the user; trigger times may be epoch, ISO or date_time. */
    private static final Pattern RECORDING = Pattern.compile(
            "([A-Za-z0-9-]{1,64})_([A-Za-z0-9-]{4,32})_([A-Za-z0-9:.+_-]{1,64})");

    static ContainerName parse(String name) {
        switch (name) {
            case "System":
                return new ContainerName(name, Kind.SYSTEM, null, null, null);
            case "Users":
                return new ContainerName(name, Kind.USERS, null, null, null);
            case "Devices":
                return new ContainerName(name, Kind.DEVICES, null, null, null);
            default:
                Matcher m = RECORDING.matcher(name);
                if (!m.matches()) {
                    throw new InvalidValueException("Container " + Names.quote(name) + " is not an Axis container: "
                            + "expected System, Users, Devices or <UserID>_<BWCSerialNumber>_<TriggerOnTime>");
                }
                return new ContainerName(name, Kind.RECORDING, m.group(1), m.group(2), m.group(3));
        }
    }

    boolean isRecording() {
        return kind == Kind.RECORDING;
    }
}
