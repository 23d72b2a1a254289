package org.custodian.fleet.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodian.fleet.web.FleetFixtures.created;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.custodian.identity.Accounts;
import org.custodian.identity.Role;
import org.custodian.identity.StaffUser;
import org.custodian.support.CustodianTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The fleet pages as a signed-in browser gets them: a real session, real CSRF tokens, rendered HTML. */
@CustodianTest
class FleetPagesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;

    FleetFixtures fleet;

    @BeforeEach
    void setUp() {
        fleet = new FleetFixtures(port, accounts);
    }

    @Test
    void unitsPageShowsRolloutProgressPerUnitAndInTotal() {
        String unit = fleet.unit(4);
        created(fleet.issue(fleet.camera(), fleet.officer(unit)));

        Page page = signIn("admin", "test-admin-password").get("/fleet/units");
        assertThat(page.status).isEqualTo(200);
        assertThat(page.html).contains("id=\"units\"", "id=\"unit-" + unit + "\"", "id=\"units-total\"");
        String row = page.html.substring(page.html.indexOf("id=\"unit-" + unit + "\""));
        assertThat(row.substring(0, row.indexOf("</tr>"))).contains("style=\"width:25%\"", "25%");
    }

    @Test
    void cameraPagesShowStatusHolderAndHistory() {
        String unit = fleet.unit(10);
        String serial = fleet.camera();
        String officer = fleet.officer(unit);
        created(fleet.issue(serial, officer));
        Browser browser = signIn(user(Role.OFFICER), FleetFixtures.PASSWORD);

        Page list = browser.get("/fleet/cameras?status=IN_SERVICE&page=0");
        assertThat(list.status).isEqualTo(200);
        assertThat(list.html).contains("id=\"cameras\"", "id=\"camera-" + serial + "\"", officer);

        Page detail = browser.get("/fleet/cameras/" + serial.toLowerCase());
        assertThat(detail.status).isEqualTo(200);
        assertThat(detail.html).contains("id=\"assignments\"", officer, "still held", "badge IN_SERVICE");
        assertThat(detail.html).doesNotContain("id=\"issue\"", "id=\"return\"");

        Page missing = browser.get("/fleet/cameras/NO-SUCH-CAMERA");
        assertThat(missing.status).isEqualTo(404);
        assertThat(missing.html).contains("Camera NO-SUCH-CAMERA does not exist");
    }

    @Test
    void officersAndDocksPagesListWhatIsRegistered() {
        String unit = fleet.unit(10);
        String officer = fleet.officer(unit);
        Browser browser = signIn("admin", "test-admin-password");

        Page officers = browser.get("/fleet/officers?unit=" + unit);
        assertThat(officers.status).isEqualTo(200);
        assertThat(officers.html).contains("id=\"officers\"", "id=\"officer-" + officer + "\"", "Police constable");

        String dock = FleetFixtures.unique("DOCK-", 12);
        Page registered = browser.post("/fleet/docks", "/fleet/docks",
                Map.of("code", dock, "site", "Romford police station", "unit", unit, "bays", "24", "address", ""));
        assertThat(registered.html).contains("Registered dock " + dock, "id=\"dock-" + dock + "\"");
    }

    @Test
    void supervisorsIssueAndTakeBackCamerasFromTheCameraPage() {
        String unit = fleet.unit(10);
        String serial = fleet.camera();
        String officer = fleet.officer(unit);
        Browser supervisor = signIn(user(Role.SUPERVISOR), FleetFixtures.PASSWORD);
        String path = "/fleet/cameras/" + serial;

        Page issued = supervisor.post(path, path + "/issue", Map.of("officer", officer));
        assertThat(issued.html).contains("Issued " + serial + " to " + officer, "id=\"return\"");
        Page refused = supervisor.post(path, path + "/status", Map.of("status", "FAULTY", "reason", "no power"));
        assertThat(refused.html).contains("id=\"error\"", "return it before marking it FAULTY");
        Page returned = supervisor.post(path, path + "/return", Map.of());
        assertThat(returned.html).contains("Returned " + serial + " from " + officer, "Nobody (in store)");
    }

    @Test
    void prosecutorsAreKeptOutOfTheFleetPages() {
        Browser prosecutor = signIn(user(Role.PROSECUTOR), FleetFixtures.PASSWORD);
        assertThat(prosecutor.get("/fleet/cameras").status).isEqualTo(403);
        assertThat(prosecutor.get("/fleet/units").status).isEqualTo(403);
    }

    private String user(Role role) {
        String username = FleetFixtures.unique("page-", 30).toLowerCase();
        accounts.create(new StaffUser(username, "Page " + role.title(), java.util.Set.of(role), null, null, true),
                FleetFixtures.PASSWORD);
        return username;
    }

    private Browser signIn(String username, String password) {
        Browser browser = new Browser();
        Page signedIn = browser.post("/login", "/login", Map.of("username", username, "password", password));
        assertThat(signedIn.status).as("sign-in of " + username).isEqualTo(200);
        assertThat(signedIn.html).doesNotContain("id=\"sign-in\"");
        return browser;
    }

    record Page(int status, String html) {
    }

    /** Keeps the session cookie, follows the redirect after a form, and sends the CSRF token of the page it came from. */
    final class Browser {
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();

        Page get(String path) {
            return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET());
        }

        Page post(String formPage, String action, Map<String, String> fields) {
            Matcher token = CSRF.matcher(get(formPage).html);
            assertThat(token.find()).as("CSRF token on " + formPage).isTrue();
            Map<String, String> form = new LinkedHashMap<>(fields);
            form.put("_csrf", token.group(1));
            String body = form.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(uri(action)).header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        private Page send(HttpRequest.Builder request) {
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new Page(response.statusCode(), response.body());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
