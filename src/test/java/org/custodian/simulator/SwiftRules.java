package org.custodian.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import com.sun.net.httpserver.HttpExchange;

/** What the fake Swift server does with a well-authenticated request: Swift semantics plus the Axis 400 rules. */
final class SwiftRules {

    private final Map<String, FakeSwiftServer.Stored> store;
    private final String capabilityEtag;

    SwiftRules(Map<String, FakeSwiftServer.Stored> store, String capabilityEtag) {
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
            FakeSwiftServer.Stored container = store.get(name);
            if (container == null) {
                return 404;
            }
            Map<String, String> merged = new TreeMap<>(container.metadata());
            merged.putAll(metadata);
            store.put(name, new FakeSwiftServer.Stored(new byte[0], merged));
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
        if (etag != null && !etag.equalsIgnoreCase(FakeSwiftServer.md5(body))) {
            return 422;
        }
        store.put(name, new FakeSwiftServer.Stored(body, metadata));
        return 201;
    }

    private int capabilities(HttpExchange exchange, String name) throws IOException {
        if (!name.equals("System/Capability.json")) {
            return 404;
        }
        byte[] json = FakeSwiftServer.CAPABILITIES.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("ETag", capabilityEtag != null ? capabilityEtag : FakeSwiftServer.md5(json));
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
        store.put(name, new FakeSwiftServer.Stored(new byte[0], merged));
        return existed ? 202 : 201;
    }
}
