package org.custodian.ingest.axis;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;

import org.custodian.shared.InvalidValueException;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Swift metadata ({@code X-Container-Meta-*}, {@code X-Object-Meta-*}) with keys in the spec's form
 * ({@code Starttime}: first letter and letters after a hyphen upper case) and values URL-decoded. The
 * limits are OpenStack Swift's defaults, so a body worn system that works with Swift works here.
 */
record Metadata(Map<String, String> values) {

    static final String CONTAINER = "X-Container-Meta-";
    static final String OBJECT = "X-Object-Meta-";
    static final int MAX_NAME = 128;
    static final int MAX_VALUE = 256;
    static final int MAX_COUNT = 90;
    static final int MAX_OVERALL = 4096;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    Metadata {
        values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    static Metadata empty() {
        return new Metadata(Map.of());
    }

    /** The request's metadata headers with {@code prefix}; empty values are kept, as they delete on merge. */
    static Metadata from(HttpServletRequest request, String prefix) {
        Map<String, String> found = new TreeMap<>();
        for (Enumeration<String> names = request.getHeaderNames(); names.hasMoreElements();) {
            String header = names.nextElement();
            if (header.length() > prefix.length() && header.regionMatches(true, 0, prefix, 0, prefix.length())) {
                String key = canonical(header.substring(prefix.length()));
                String value = SwiftPath.decode(request.getHeader(header).strip(), "Metadata " + key);
                Names.requireNoControlCharacters(value, "Metadata " + key);
                found.put(key, value);
            }
        }
        return new Metadata(found).checked();
    }

    /** Swift's container rule: new values replace old ones and an empty value removes the key. */
    Metadata merge(Metadata update) {
        Map<String, String> merged = new TreeMap<>(values);
        update.values.forEach((k, v) -> {
            if (v.isEmpty()) {
                merged.remove(k);
            } else {
                merged.put(k, v);
            }
        });
        return new Metadata(merged).checked();
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    /** Drops empty values, as an object's metadata is replaced whole and an empty value means none. */
    Metadata withoutEmpty() {
        Map<String, String> kept = new TreeMap<>(values);
        kept.values().removeIf(String::isEmpty);
        return new Metadata(kept);
    }

    String get(String key) {
        String value = values.get(canonical(key));
        return value == null || value.isBlank() ? null : value;
    }

    String toJson() {
        return JSON.writeValueAsString(values);
    }

    static Metadata fromJson(String json) {
        return new Metadata(JSON.readValue(json, new TypeReference<Map<String, String>>() { }));
    }

    /** {@code StartTime} and {@code starttime} both become {@code Starttime}, as HTTP headers ignore case. */
    static String canonical(String key) {
        StringBuilder out = new StringBuilder(key.length());
        boolean upper = true;
        for (char c : key.toCharArray()) {
            out.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
            upper = c == '-';
        }
        return out.toString();
    }

    private Metadata checked() {
        if (values.size() > MAX_COUNT) {
            throw new InvalidValueException("Too many metadata items: " + values.size() + ", at most " + MAX_COUNT);
        }
        int overall = 0;
        for (Map.Entry<String, String> e : values.entrySet()) {
            int keyBytes = e.getKey().getBytes(StandardCharsets.UTF_8).length;
            int valueBytes = e.getValue().getBytes(StandardCharsets.UTF_8).length;
            if (keyBytes > MAX_NAME) {
                throw new InvalidValueException("Metadata name " + Names.quote(e.getKey()) + " is longer than "
                        + MAX_NAME + " bytes");
            }
            if (valueBytes > MAX_VALUE) {
                throw new InvalidValueException("Metadata " + e.getKey() + " is " + valueBytes + " bytes; at most "
                        + MAX_VALUE + " are allowed");
            }
            overall += keyBytes + valueBytes;
        }
        if (overall > MAX_OVERALL) {
            throw new InvalidValueException("Metadata is " + overall + " bytes in all; at most " + MAX_OVERALL
                    + " are allowed");
        }
        return this;
    }

    /** Values go back out URL-encoded, as they came in: only unreserved ASCII is sent as is. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~:".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
