package org.custodian.fleet;

import java.util.regex.Pattern;

import org.custodian.shared.InvalidValueException;

/**
 * A docking station at a site: officers put their cameras in its bays at the end of a shift and the
 * footage uploads. {@code host} is the dock's network name, for recognising its uploads; it may be unknown.
 */
public record Dock(DockCode code, String site, UnitCode unit, int bays, String address, String host) {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.:\\-\\[\\]]{1,253}");

    public Dock {
        Checks.required(code, "Dock code");
        site = Checks.text(site, "Site name", 200);
        Checks.required(unit, "Unit");
        if (bays < 1) {
            throw new InvalidValueException("A dock has at least 1 bay");
        }
        address = Checks.optionalText(address, "Address", 500);
        host = Checks.optionalText(host, "Host", 253);
        if (host != null && !HOST.matcher(host).matches()) {
            throw new InvalidValueException("Host " + Checks.quote(host) + " is not a host name or IP address");
        }
    }
}
