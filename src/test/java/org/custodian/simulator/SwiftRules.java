package org.custodian.simulator;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import com.sun.net.httpserver.HttpExchange;

/** What the fake Swift server does with a well-authenticated request: Swift semantics plus the Axis 400 rules. */
final class SwiftRules {

    static final String CAPABILITIES = "{\"Read\":{},\"Store\":{\"StoreBookmarks\":true,\"StoreUserIDKey\":true,"
            + "\"StoreGNSSTrackRecording\":true},\"StoreAndRead\":{}}";

    private final Map<String, StoredObject> store;
    private final String capabilityEtag;

    SwiftRules(Map<String, StoredObject> store, String capabilityEtag) {
        this.store = store;
        this.capabilityEtag = capabilityEtag;
    }

    int apply(HttpExchange exchange, String method, String name, Map<String, String> metadata, byte[] body)
            throws IOException {
        if (method.equals("GET")) {
            return capabilities(exchange, name);
        }
        String[] parts = name.split("/", 2);
        if (method.equals("POST") && parts.length == 1) {
            StoredObject container = store.get(name);
            if (container == null) {
                return 404;
            }
            Map<String, String> merged = new TreeMap<>(container.metadata());
            merged.putAll(metadata);
            store.put(name, new StoredObject(new byte[0], merged));
            return 204;
        }
        if (!method.equals("PUT")) {
            return 400;
        }
        if (parts.length == 1) {
            return putContainer(name, metadata);
        }
        if (!parts[0].equals("Users") && !parts[0].equals("Devices") && !store.containsKey(parts[0])) {
            return 404;
        }
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        String etag = exchange.getRequestHeaders().getFirst("ETag");
        if (length == null || Long.parseLong(length) != body.length) {
            return 400;
        }
        if (etag != null && !etag.equalsIgnoreCase(md5(body))) {
            return 422;
        }
        store.put(name, new StoredObject(body, metadata));
        return 201;
    }

    static Map<String, String> metadata(HttpExchange exchange) {
        Map<String, String> metadata = new TreeMap<>();
        exchange.getRequestHeaders().forEach((header, values) -> {
            String lower = header.toLowerCase();
            if (lower.startsWith("x-object-meta-") || lower.startsWith("x-container-meta-")) {
                metadata.put(lower.substring(lower.indexOf("-meta-") + 6),
                        URLDecoder.decode(values.get(0).replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        });
        return metadata;
    }

    static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private int capabilities(HttpExchange exchange, String name) throws IOException {
        if (!name.equals("System/Capability.json")) {
            return 404;
        }
        byte[] json = CAPABILITIES.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("ETag", capabilityEtag != null ? capabilityEtag : md5(json));
        exchange.sendResponseHeaders(200, json.length);
        exchange.getResponseBody().write(json);
        return 200;
    }

    // Axis: 400 when the recording names a user or camera the destination does not know.
    private int putContainer(String name, Map<String, String> metadata) {
        String[] parts = name.split("_");
        if (parts.length != 3 || !store.containsKey("Users/" + parts[0]) || !store.containsKey("Devices/" + parts[1])) {
            return 400;
        }
        boolean existed = store.containsKey(name);
        Map<String, String> merged = new TreeMap<>(existed ? store.get(name).metadata() : Map.of());
        merged.putAll(metadata);
        store.put(name, new StoredObject(new byte[0], merged));
        return existed ? 202 : 201;
    }
}
