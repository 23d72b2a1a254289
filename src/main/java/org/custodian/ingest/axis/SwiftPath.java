package org.custodian.ingest.axis;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.custodian.shared.InvalidValueException;

/**
 * What a storage request addresses: {@code /v1/{account}/{container}/{object}}. Names are decoded here,
 * once, and refused when they could mean more than one thing or escape their container: encoded slashes,
 * dot segments, control characters, malformed percent-encoding. Nested object names are not part of the
 * Axis layout, so they are refused too.
 */
record SwiftPath(String account, String container, String object) {

    static final int MAX_NAME_BYTES = 255;
    private static final String PREFIX = "/v1/";

    /** @param rawPath the request URI without the context path, still percent-encoded */
    static SwiftPath parse(String rawPath) {
        if (rawPath == null || !rawPath.startsWith(PREFIX)) {
            throw new InvalidValueException("Storage paths start with " + PREFIX);
        }
        String[] parts = rawPath.substring(PREFIX.length()).split("/", 3);
        String account = name(parts[0], "Account");
        String container = parts.length > 1 && !parts[1].isEmpty() ? name(parts[1], "Container name") : null;
        String object = parts.length > 2 && !parts[2].isEmpty() ? name(parts[2], "Object name") : null;
        if (container == null && object != null) {
            throw new InvalidValueException("An object needs a container");
        }
        return new SwiftPath(account, container, object);
    }

    boolean isAccount() {
        return container == null;
    }

    boolean isContainer() {
        return container != null && object == null;
    }

    private static String name(String raw, String what) {
        String name = decode(raw, what);
        if (name.equals(".") || name.equals("..") || name.contains("/") || name.contains("\\")) {
            throw new InvalidValueException(what + " " + Names.quote(name)
                    + " is refused: names may not contain slashes or be . or ..");
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            throw new InvalidValueException(what + " is longer than " + MAX_NAME_BYTES + " bytes");
        }
        Names.requireNoControlCharacters(name, what);
        return name;
    }

    /** Strict percent-decoding: {@code +} stays a plus sign, and bytes must be valid UTF-8. */
    static String decode(String raw, String what) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
                        || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    throw new InvalidValueException(what + " has a malformed %-escape");
                }
                bytes.write(Integer.parseInt(raw, i + 1, i + 3, 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidValueException(what + " is not valid UTF-8 once decoded");
        }
    }
}
