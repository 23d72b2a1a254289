package org.custodian.evidence.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.custodian.evidence.ClipCategories;
import org.custodian.evidence.ClipSearch;
import org.custodian.evidence.Place;
import org.custodian.fleet.CameraSerial;
import org.custodian.fleet.CollarNumber;
import org.custodian.fleet.UnitCode;
import org.custodian.shared.InvalidValueException;

/**
 * The search as query parameters, the same for {@code GET /api/v1/clips} and the {@code /clips} pages, kept as
 * typed so a page can show the form again. Times are ISO-8601 ({@code 2026-11-20T08:00:00Z}); a time without an
 * offset (what a browser's date-time field sends) is UTC, as every page says.
 */
public record ClipQuery(String officer, String camera, String unit, String from, String to, String lat, String lon,
        String radius, String category, String reference, String q, String sort, String page, String size) {

    static final int DEFAULT_SIZE = 50;

    ClipSearch toSearch(ClipCategories categories) {
        return new ClipSearch(blank(officer) ? null : CollarNumber.of(officer), blank(camera) ? null : CameraSerial.of(camera),
                blank(unit) ? null : UnitCode.of(unit), instant("from", from), instant("to", to),
                Place.of(number("lat", lat), number("lon", lon), number("radius", radius)),
                blank(category) ? null : categories.parseFilter(category), blank(reference) ? null : reference.trim(),
                blank(q) ? null : q.trim(), ClipSearch.Sort.parse(sort), whole("page", page, 0),
                whole("size", size, DEFAULT_SIZE));
    }

    /** The criteria given, for the audit entry and the page's links. */
    Map<String, String> given() {
        Map<String, String> given = new LinkedHashMap<>();
        put(given, "officer", officer);
        put(given, "camera", camera);
        put(given, "unit", unit);
        put(given, "from", from);
        put(given, "to", to);
        put(given, "lat", lat);
        put(given, "lon", lon);
        put(given, "radius", radius);
        put(given, "category", category);
        put(given, "reference", reference);
        put(given, "q", q);
        put(given, "sort", sort);
        return given;
    }

    /** The criteria, page and size as a URL query string. */
    String queryString() {
        Map<String, String> all = given();
        put(all, "page", page);
        put(all, "size", size);
        return all.entrySet().stream().map(e -> e.getKey() + "="
                + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
    }

    ClipQuery withPage(int newPage) {
        return new ClipQuery(officer, camera, unit, from, to, lat, lon, radius, category, reference, q, sort,
                Integer.toString(newPage), size);
    }

    ClipQuery withOfficer(String collar) {
        return new ClipQuery(collar, camera, unit, from, to, lat, lon, radius, category, reference, q, sort, page, size);
    }

    ClipQuery withUnit(String code) {
        return new ClipQuery(officer, camera, code, from, to, lat, lon, radius, category, reference, q, sort, page, size);
    }

    private static void put(Map<String, String> map, String key, String value) {
        if (!blank(value)) {
            map.put(key, value.trim());
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static Instant instant(String name, String text) {
        if (blank(text)) {
            return null;
        }
        String t = text.trim();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                throw new InvalidValueException(name + " '" + text + "' is not an ISO-8601 time such as 2026-11-20T08:00:00Z");
            }
        }
    }

    private static Double number(String name, String text) {
        if (blank(text)) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.trim());
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidValueException(name + " '" + text + "' is not a number");
        }
    }

    private static int whole(String name, String text, int otherwise) {
        if (blank(text)) {
            return otherwise;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(name + " '" + text + "' is not a whole number");
        }
    }
}
