package org.custodian.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The Swift auth token and storage URL, fetched from {@code GET /auth/v1.0} with the connection file's
 * user and key, shared by all uploads of one client and fetched again when the server says it expired.
 */
final class AxisSession {

    record Token(String value, URI storage) {

        URI resolve(String path) {
            String base = storage.toString();
            return URI.create((base.endsWith("/") ? base : base + "/") + path);
        }
    }

    private final HttpClient http;
    private final URI authUri;
    private final String user;
    private final String key;
    private final Duration timeout;
    private Token current;

    AxisSession(HttpClient http, URI authUri, String user, String key, Duration timeout) {
        this.http = http;
        this.authUri = authUri;
        this.user = user;
        this.key = key;
        this.timeout = timeout;
    }

    synchronized Token current() throws IOException, InterruptedException {
        if (current == null) {
            current = authenticate();
        }
        return current;
    }

    /** Forgets the token unless another upload already replaced it, so one expiry costs one login. */
    synchronized void expire(Token token) {
        if (current == token) {
            current = null;
        }
    }

    private Token authenticate() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(authUri).timeout(timeout)
                .header("X-Auth-User", user).header("X-Auth-Key", key).GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new DeliveryRefusedException("GET " + authUri + " as " + user, response.statusCode(),
                    response.body());
        }
        String token = response.headers().firstValue("X-Auth-Token").orElse(null);
        String storage = response.headers().firstValue("X-Storage-Url").orElse(null);
        if (response.statusCode() / 100 != 2 || token == null || storage == null) {
            throw new IOException("Authentication at " + authUri + " answered " + response.statusCode()
                    + (token == null ? " without X-Auth-Token" : storage == null ? " without X-Storage-Url" : ""));
        }
        return new Token(token, URI.create(storage));
    }
}
