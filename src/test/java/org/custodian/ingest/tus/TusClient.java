package org.custodian.ingest.tus;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A minimal tus 1.0 client over the JDK's HTTP client, as a camera tool or tus-js-client would speak it. */
public final class TusClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private final String authorization;

    public TusClient(int port, String username, String password) {
        this.port = port;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static String metadata(Map<String, String> values) {
        return values.entrySet().stream().map(e -> e.getKey() + " " + Base64.getEncoder()
                .encodeToString(e.getValue().getBytes(StandardCharsets.UTF_8))).collect(Collectors.joining(","));
    }

    public static Map<String, String> clip(String camera, String startedAt, String endedAt) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("camera", camera);
        values.put("startedAt", startedAt);
        values.put("endedAt", endedAt);
        values.put("filename", "clip.mp4");
        return values;
    }

    public static String checksum(byte[] bytes, int from, int to) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(bytes, from, to - from);
            return "sha256 " + Base64.getEncoder().encodeToString(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> options() {
        return send(request("/api/v1/uploads/").method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }

    public HttpResponse<String> create(long length, String metadata) {
        HttpRequest.Builder request = request("/api/v1/uploads/").header("Upload-Length", String.valueOf(length))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (metadata != null) {
            request.header("Upload-Metadata", metadata);
        }
        return send(request);
    }

    public HttpResponse<String> head(String location) {
        return send(request(path(location)).method("HEAD", HttpRequest.BodyPublishers.noBody()));
    }

    public HttpResponse<String> patch(String location, long offset, byte[] bytes, int from, int to,
            String checksum) {
        HttpRequest.Builder request = request(path(location)).header("Upload-Offset", String.valueOf(offset))
                .header("Content-Type", TusController.OFFSET_OCTETS)
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(bytes, from, to - from));
        if (checksum != null) {
            request.header("Upload-Checksum", checksum);
        }
        return send(request);
    }

    HttpResponse<String> delete(String location) {
        return send(request(path(location)).DELETE());
    }

    /** Sends a PATCH announcing {@code to - from} bytes but only {@code sent} of them, then drops the connection. */
    void patchAndDrop(String location, long offset, byte[] bytes, int from, int to, int sent) throws IOException {
        try (Socket socket = new Socket("localhost", port); OutputStream out = socket.getOutputStream()) {
            String head = "PATCH " + path(location) + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: "
                    + authorization + "\r\nTus-Resumable: 1.0.0\r\nUpload-Offset: " + offset + "\r\nContent-Type: "
                    + TusController.OFFSET_OCTETS + "\r\nContent-Length: " + (to - from) + "\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(bytes, from, sent);
            out.flush();
        }
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", authorization)
                .header("Tus-Resumable", "1.0.0");
    }

    private static String path(String location) {
        return URI.create(location).getPath();
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
