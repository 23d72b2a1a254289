package org.custodian.simulator;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A Swift server's answer to one request, whichever way it was sent; whether its connection stays open for another. */
record SwiftAnswer(int status, Headers headers, byte[] body, boolean keepAlive) {

    static SwiftAnswer of(HttpResponse<byte[]> response) {
        Headers headers = new Headers();
        response.headers().map().forEach((name, values) -> values.forEach(value -> headers.add(name, value)));
        return new SwiftAnswer(response.statusCode(), headers, response.body(), false);
    }

    Optional<String> header(String name) {
        return headers.first(name);
    }

    /** Header fields by name, ignoring case as HTTP does. */
    static final class Headers {
        private final Map<String, List<String>> fields = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

        void add(String name, String value) {
            fields.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }

        Optional<String> first(String name) {
            List<String> values = fields.get(name);
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }
    }
}
