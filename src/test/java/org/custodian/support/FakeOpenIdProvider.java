package org.custodian.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.json.JsonMapper;

/**
 * A minimal OpenID provider on loopback: discovery, JWKS, an authorization endpoint that signs in whoever
 * the test named with {@link #willSignIn} without asking, and a token endpoint that issues an RS256 ID
 * token. Enough of the protocol for Spring Security to check signature, issuer, audience and nonce for real.
 */
public final class FakeOpenIdProvider {

    public static final String CLIENT_ID = "custodian-test";
    public static final String CLIENT_SECRET = "test-client-secret";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Person(Map<String, Object> claims, boolean forged) {
    }

    private record Grant(Person person, String nonce, String redirectUri) {
    }

    private final HttpServer server;
    private final IdTokenSigner signer = new IdTokenSigner();
    private final IdTokenSigner forger = new IdTokenSigner();
    private final String issuer;
    private final AtomicReference<Person> next = new AtomicReference<>();
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();

    private FakeOpenIdProvider(HttpServer server) {
        this.server = server;
        this.issuer = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/.well-known/openid-configuration", x -> json(x, 200, Map.of("issuer", issuer,
                "authorization_endpoint", issuer + "/authorize", "token_endpoint", issuer + "/token",
                "jwks_uri", issuer + "/jwks", "response_types_supported", List.of("code"),
                "subject_types_supported", List.of("public"), "id_token_signing_alg_values_supported", List.of("RS256"),
                "scopes_supported", List.of("openid", "profile"),
                "token_endpoint_auth_methods_supported", List.of("client_secret_basic"))));
        server.createContext("/jwks", x -> send(x, 200, signer.jwks()));
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.start();
    }

    public static FakeOpenIdProvider start() {
        try {
            return new FakeOpenIdProvider(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String issuer() {
        return issuer;
    }

    /** The person the next authorization request signs in: {@code sub} plus whatever claims they carry. */
    public void willSignIn(Map<String, Object> claims) {
        next.set(new Person(Map.copyOf(claims), false));
    }

    /** As {@link #willSignIn}, but the ID token is signed with a key the provider does not publish. */
    public void willSignInWithForgedToken(Map<String, Object> claims) {
        next.set(new Person(Map.copyOf(claims), true));
    }

    public void stop() {
        server.stop(0);
    }

    private void authorize(HttpExchange x) throws IOException {
        Map<String, String> q = form(x.getRequestURI().getRawQuery());
        Person person = next.getAndSet(null);
        if (!CLIENT_ID.equals(q.get("client_id")) || !"code".equals(q.get("response_type"))
                || q.get("state") == null || q.get("redirect_uri") == null || person == null) {
            send(x, 400, "unknown client, incomplete request, or nobody to sign in");
            return;
        }
        String code = UUID.randomUUID().toString();
        grants.put(code, new Grant(person, q.get("nonce"), q.get("redirect_uri")));
        x.getResponseHeaders().add("Location", q.get("redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(q.get("state"), StandardCharsets.UTF_8));
        x.sendResponseHeaders(302, -1);
        x.close();
    }

    private void token(HttpExchange x) throws IOException {
        String expected = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        Map<String, String> f;
        try (InputStream in = x.getRequestBody()) {
            f = form(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        if (!expected.equals(x.getRequestHeaders().getFirst("Authorization"))) {
            json(x, 401, Map.of("error", "invalid_client"));
            return;
        }
        Grant grant = grants.remove(f.getOrDefault("code", ""));
        if (grant == null || !grant.redirectUri().equals(f.get("redirect_uri"))) {
            json(x, 400, Map.of("error", "invalid_grant"));
            return;
        }
        IdTokenSigner by = grant.person().forged() ? forger : signer;
        String idToken = by.sign(issuer, CLIENT_ID, grant.person().claims(), grant.nonce());
        json(x, 200, Map.of("access_token", UUID.randomUUID().toString(), "token_type", "Bearer",
                "expires_in", 300, "scope", "openid profile", "id_token", idToken));
    }

    private static Map<String, String> form(String encoded) {
        return encoded == null ? Map.of() : Arrays.stream(encoded.split("&")).filter(p -> p.indexOf('=') > 0)
                .collect(Collectors.toMap(p -> decode(p.substring(0, p.indexOf('='))),
                        p -> decode(p.substring(p.indexOf('=') + 1)), (first, again) -> first));
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static void json(HttpExchange x, int status, Object body) throws IOException {
        x.getResponseHeaders().add("Content-Type", "application/json");
        send(x, status, JSON.writeValueAsString(body));
    }

    private static void send(HttpExchange x, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }
}
