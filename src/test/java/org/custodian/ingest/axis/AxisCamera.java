package org.custodian.ingest.axis;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Talks to Custodian as an Axis body worn system does: signs in at {@code /auth/v1.0}, then sends Swift
 * requests to the storage URL it was given, with its token and {@code X-*-Meta-*} headers.
 */
final class AxisCamera {

    record Reply(int status, byte[] body, HttpResponse<byte[]> raw) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        String text() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return status + " " + text();
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private String token;
    private String storageUrl;

    private AxisCamera(String base) {
        this.base = base;
    }

    static AxisCamera at(int port) {
        return new AxisCamera("http://localhost:" + port);
    }

    Reply signIn(String user, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/auth/v1.0")).GET();
        if (user != null) {
            request.header("X-Auth-User", user);
        }
        if (key != null) {
            request.header("X-Auth-Key", key);
        }
        Reply reply = send(request);
        token = reply.header("X-Auth-Token");
        storageUrl = reply.header("X-Storage-Url");
        return reply;
    }

    AxisCamera withToken(String other) {
        AxisCamera copy = new AxisCamera(base);
        copy.token = other;
        copy.storageUrl = storageUrl;
        return copy;
    }

    String token() {
        return token;
    }

    String storageUrl() {
        return storageUrl;
    }

    Reply put(String path, Map<String, String> headers, byte[] body) {
        return send(request(path, headers).PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Reply put(String path, Map<String, String> headers) {
        return put(path, headers, new byte[0]);
    }

    Reply post(String path, Map<String, String> headers) {
        return send(request(path, headers).POST(HttpRequest.BodyPublishers.noBody()));
    }

    Reply head(String path) {
        return send(request(path, Map.of()).method("HEAD", HttpRequest.BodyPublishers.noBody()));
    }

    Reply get(String path) {
        return send(request(path, Map.of()).GET());
    }

    /** Headers in the order given, for readable tests: {@code meta("X-Object-Meta-Name", "Jane", ...)}. */
    static Map<String, String> headers(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private HttpRequest.Builder request(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(storageUrl + "/" + path));
        if (token != null) {
            request.header("X-Auth-Token", token);
        }
        headers.forEach(request::header);
        return request;
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
