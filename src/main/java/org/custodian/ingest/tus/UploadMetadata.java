package org.custodian.ingest.tus;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.custodian.ingest.Upload;
import org.custodian.shared.InvalidValueException;
import org.custodian.shared.Sha256;

/**
 * The tus {@code Upload-Metadata} header ({@code key base64value,key base64value}) and the clip facts it
 * carries: {@code camera} (required), {@code officer}, {@code startedAt} (required), {@code endedAt} (ISO-8601
 * UTC instants), {@code filename} and {@code sha256} (the device's hash, hex). Other keys are kept as sent.
 */
final class UploadMetadata {

    static final int MAX_HEADER = 8192;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private UploadMetadata() {
    }

    static Map<String, String> parse(String header) {
        Map<String, String> values = new LinkedHashMap<>();
        if (header == null || header.isBlank()) {
            return values;
        }
        if (header.length() > MAX_HEADER) {
            throw new InvalidValueException("Upload-Metadata is limited to " + MAX_HEADER + " characters");
        }
        for (String pair : header.split(",")) {
            String[] parts = pair.strip().split(" ", -1);
            if (parts.length > 2 || !KEY.matcher(parts[0]).matches()) {
                throw new InvalidValueException("Upload-Metadata pairs are 'key base64value' with keys of letters, "
                        + "digits, '.', '_' or '-'");
            }
            if (values.put(parts[0], parts.length == 2 ? decode(parts[0], parts[1]) : "") != null) {
                throw new InvalidValueException("Upload-Metadata names '" + parts[0] + "' twice");
            }
        }
        return values;
    }

    static Upload toUpload(String uploadId, String header) {
        Map<String, String> values = parse(header);
        String camera = values.remove("camera");
        if (camera == null || camera.isBlank()) {
            throw new InvalidValueException("Upload-Metadata must name the 'camera' (its serial)");
        }
        String officer = values.remove("officer");
        Instant startedAt = instant(values.remove("startedAt"), "startedAt");
        if (startedAt == null) {
            throw new InvalidValueException("Upload-Metadata must give 'startedAt' (ISO-8601 UTC)");
        }
        Instant endedAt = instant(values.remove("endedAt"), "endedAt");
        String fileName = values.remove("filename");
        String sha256 = values.remove("sha256");
        return new Upload(camera, officer == null || officer.isBlank() ? null : officer, startedAt, endedAt, "tus",
                uploadId, fileName, sha256 == null || sha256.isBlank() ? null : Sha256.of(sha256), null, values);
    }

    private static String decode(String key, String value) {
        try {
            return new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("Upload-Metadata value of '" + key + "' is not base64");
        }
    }

    private static Instant instant(String value, String key) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("Upload-Metadata '" + key + "' is not an ISO-8601 UTC instant such as "
                    + "2026-11-23T09:15:00Z");
        }
    }
}
