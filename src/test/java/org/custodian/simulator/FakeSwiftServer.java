package org.custodian.simulator;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small Swift content destination on loopback, strict the way the Axis spec and Swift are: it checks
 * tokens, ETags and lengths, refuses unknown users and cameras, and can be told to misbehave once
 * (answer with a status, or drop the connection part-way through a body).
 */
final class FakeSwiftServer implements AutoCloseable {

    private record Fault(Predicate<String> request, int status, String retryAfter, long dropAfter) {
    }

    static final String ACCOUNT = "/v1/AUTH_custodian/";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<SeenRequest> seen = new CopyOnWriteArrayList<>();
    private final List<Fault> faults = new CopyOnWriteArrayList<>();
    private final Map<String, StoredObject> store = new ConcurrentHashMap<>();
    private final List<String> tokens = new CopyOnWriteArrayList<>();
    private volatile String capabilityEtag;

    FakeSwiftServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The next request matching answers with this status (and Retry-After, if given) and stores nothing. */
    void answerOnce(Predicate<String> request, int status, String retryAfter) {
        faults.add(new Fault(request, status, retryAfter, -1));
    }

    /** The next request matching has its connection dropped after this many body bytes. */
    void dropOnce(Predicate<String> request, long afterBytes) {
        faults.add(new Fault(request, 0, null, afterBytes));
    }

    void expireTokens() {
        tokens.clear();
    }

    void corruptCapabilityEtag() {
        capabilityEtag = "0123456789abcdef0123456789abcdef";
    }

    List<SeenRequest> seen() {
        return List.copyOf(seen);
    }

    StoredObject stored(String path) {
        return store.get(path);
    }

    Map<String, StoredObject> store() {
        return Map.copyOf(store);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        if (path.equals("/auth/v1.0")) {
            authenticate(exchange);
            return;
        }
        String name = path.startsWith(ACCOUNT)
                ? URLDecoder.decode(path.substring(ACCOUNT.length()), StandardCharsets.UTF_8) : path;
        Map<String, String> metadata = SwiftRules.metadata(exchange);
        Fault fault = faults.stream().filter(f -> f.request().test(method + " " + name)).findFirst().orElse(null);
        if (fault != null && !faults.remove(fault)) {
            fault = null;
        }
        if (fault != null && fault.dropAfter() >= 0) {
            long read = exchange.getRequestBody().readNBytes((int) fault.dropAfter()).length;
            seen.add(new SeenRequest(method, name, -1, metadata, read));
            throw new IOException("Connection dropped on purpose after " + read + " bytes");
        }
        byte[] body;
        try {
            body = exchange.getRequestBody().readAllBytes();
        } catch (IOException e) {
            seen.add(new SeenRequest(method, name, -2, metadata, 0));
            throw e;
        }
        int status = fault != null ? fault.status() : respond(exchange, method, name, metadata, body);
        if (fault != null && fault.retryAfter() != null) {
            exchange.getResponseHeaders().set("Retry-After", fault.retryAfter());
        }
        seen.add(new SeenRequest(method, name, status, metadata, body.length));
        if (status != 200) {
            exchange.sendResponseHeaders(status, -1);
        }
        exchange.close();
    }

    private void authenticate(HttpExchange exchange) throws IOException {
        if (!"sim".equals(exchange.getRequestHeaders().getFirst("X-Auth-User"))
                || !"sim-key".equals(exchange.getRequestHeaders().getFirst("X-Auth-Key"))) {
            seen.add(new SeenRequest("GET", "/auth/v1.0", 401, Map.of(), 0));
            exchange.sendResponseHeaders(401, -1);
            return;
        }
        String token = "tok-" + seen.size();
        tokens.add(token);
        seen.add(new SeenRequest("GET", "/auth/v1.0", 200, Map.of(), 0));
        exchange.getResponseHeaders().set("X-Auth-Token", token);
        exchange.getResponseHeaders().set("X-Storage-Url", uri() + ACCOUNT.substring(0, ACCOUNT.length() - 1));
        exchange.sendResponseHeaders(200, -1);
    }

    private int respond(HttpExchange exchange, String method, String name, Map<String, String> metadata, byte[] body)
            throws IOException {
        if (!tokens.contains(String.valueOf(exchange.getRequestHeaders().getFirst("X-Auth-Token")))) {
            return 401;
        }
        return new SwiftRules(store, capabilityEtag).apply(exchange, method, name, metadata, body);
    }

    List<String> completedContainers() {
        return store.entrySet().stream().filter(entry -> "Complete".equals(entry.getValue().metadata().get("status")))
                .map(Map.Entry::getKey).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
