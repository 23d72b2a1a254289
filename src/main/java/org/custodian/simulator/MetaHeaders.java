package org.custodian.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Swift metadata headers the way the Axis spec writes them: {@code X-Object-Meta-Starttimeiso} (all
 * lowercase but the first letter and each letter after a hyphen) with URL-encoded UTF-8 values.
 */
final class MetaHeaders {

    private final String prefix;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private MetaHeaders(String prefix) {
        this.prefix = prefix;
    }

    static MetaHeaders object() {
        return new MetaHeaders("X-Object-Meta-");
    }

    static MetaHeaders container() {
        return new MetaHeaders("X-Container-Meta-");
    }

    /** Adds the key unless the value is null. */
    MetaHeaders with(String key, String value) {
        if (value != null) {
            headers.put(prefix + capitalise(key), encode(value));
        }
        return this;
    }

    MetaHeaders withEpoch(String key, Instant at) {
        return with(key, Long.toString(at.getEpochSecond()));
    }

    MetaHeaders withIso(String key, Instant at) {
        return with(key, at == null ? null : at.truncatedTo(ChronoUnit.SECONDS).toString());
    }

    Map<String, String> toMap() {
        return Map.copyOf(headers);
    }

    static String capitalise(String key) {
        StringBuilder name = new StringBuilder(key.length());
        boolean upper = true;
        for (char c : key.toCharArray()) {
            name.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
            upper = c == '-';
        }
        return name.toString();
    }

    /** Percent-encodes every byte outside RFC 3986's unreserved set, so ':' ';' and spaces travel safely. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xFF));
            }
        }
        return out.toString();
    }
}
