package org.custodian.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without the browser: keeps cookies and follows redirects, also to other hosts (an identity
 * provider), so sign-in flows run over real HTTP against the test server.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final String base;

    private WebSession(String base) {
        this.base = base;
    }

    public static WebSession at(int port) {
        return new WebSession("http://localhost:" + port);
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET());
    }

    /** A JSON resource (the API) with this session's cookie. */
    public Page getJson(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").GET());
    }

    /** Signs in through the password form, as a person at a browser would. */
    public Page signIn(String username, String password) {
        Matcher csrf = CSRF.matcher(get("/login").body());
        if (!csrf.find()) {
            throw new IllegalStateException("The sign-in page has no CSRF token");
        }
        String form = "username=" + encode(username) + "&password=" + encode(password)
                + "&_csrf=" + encode(csrf.group(1));
        return send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** Posts a form as the browser would from {@code from}, with that page's CSRF token; follows the redirect. */
    public Page submit(Page from, String action, java.util.Map<String, String> fields) {
        java.util.Map<String, java.util.List<String>> values = new java.util.LinkedHashMap<>();
        fields.forEach((name, value) -> values.put(name, java.util.List.of(value)));
        return post(from.body(), "The page has no CSRF token", action, values);
    }

    /** Posts a form from {@code page} (whose CSRF token it sends) to {@code action}, as a browser submitting it. */
    public Page submit(String page, String action, java.util.Map<String, java.util.List<String>> fields) {
        return post(get(page).body(), "The page " + page + " has no form with a CSRF token", action, fields);
    }

    private Page post(String pageBody, String noToken, String action,
            java.util.Map<String, java.util.List<String>> fields) {
        Matcher csrf = CSRF.matcher(pageBody);
        if (!csrf.find()) {
            throw new IllegalStateException(noToken);
        }
        StringBuilder form = new StringBuilder("_csrf=" + encode(csrf.group(1)));
        fields.forEach((name, values) -> values.forEach(v -> form.append('&').append(encode(name)).append('=')
                .append(encode(v))));
        return send(HttpRequest.newBuilder(URI.create(base + action)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Page(r.statusCode(), r.uri(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Where the last redirect led, and what was there. */
    public record Page(int status, URI uri, String body) {

        public String path() {
            return uri.getRawQuery() == null ? uri.getPath() : uri.getPath() + "?" + uri.getRawQuery();
        }
    }
}
