package org.custodian.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the running test server: real requests, real security, real JSON. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String authorization;

    private Api(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    public static Api at(int port) {
        return new Api("http://localhost:" + port, null);
    }

    public Api as(String username, String password) {
        return new Api(base, "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    public Api admin() {
        return as("admin", "test-admin-password");
    }

    public Api bearer(String token) {
        return new Api(base, "Bearer " + token);
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response getWithHeader(String path, String name, String value) {
        return send(request(path).header(name, value).GET());
    }

    /** A GET that accepts any content type (metrics, pages, files). */
    public Response getAny(String path) {
        return send(request(path).header("Accept", "*/*").GET());
    }

    public Response post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body))));
    }

    public Response put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body))));
    }

    public Response patch(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body))));
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    private Response send(HttpRequest.Builder request) {
        if (request.build().headers().firstValue("Accept").isEmpty()) {
            request.header("Accept", "application/json");
        }
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String body, HttpResponse<String> raw) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
