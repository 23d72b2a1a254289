package org.custodian.evidence.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.custodian.evidence.ClipId;
import org.custodian.evidence.media.MediaExamination;
import org.custodian.evidence.media.TestClips;
import org.custodian.fleet.CameraCustody;
import org.custodian.fleet.Fleet;
import org.custodian.identity.Accounts;
import org.custodian.identity.Role;
import org.custodian.ingest.Ingest;
import org.custodian.support.Api;
import org.custodian.support.CustodianTest;
import org.custodian.support.FleetRecords;
import org.custodian.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every catalogue endpoint, asked by each kind of person about Smith's clip: Smith, another officer, Smith's
 * supervisor and another unit's, evidence officer, professional standards, data protection officer, auditor,
 * administrator and prosecutor: the record, the footage, its pictures and media facts, and the clip's page.
 */
@CustodianTest
class ClipRolesTests {

    @LocalServerPort
    int port;
    @Autowired
    Ingest ingest;
    @Autowired
    Fleet fleet;
    @Autowired
    CameraCustody custody;
    @Autowired
    Accounts accounts;
    @Autowired
    MediaExamination examination;

    FleetRecords records;
    String smith;
    ClipId clip;
    ClipId other;
    Map<String, Api> people;
    Map<String, String> logins = new java.util.LinkedHashMap<>();

    @BeforeEach
    void smithsClip() throws Exception {
        records = new FleetRecords(fleet, custody, accounts);
        CatalogueFixture at = new CatalogueFixture(ingest);
        smith = records.officer();
        String camera = records.camera();
        clip = at.clip(camera, smith, at.morning, 600);
        other = at.clip(camera, smith, at.morning.plusSeconds(60), 600);
        people = new java.util.LinkedHashMap<>();
        person("own officer", Role.OFFICER, smith, null);
        person("other officer", Role.OFFICER, records.officer(), null);
        person("unit supervisor", Role.SUPERVISOR, null, records.unit());
        person("other supervisor", Role.SUPERVISOR, null, "ZZ8");
        person("evidence officer", Role.EVIDENCE_OFFICER, null, null);
        person("professional standards", Role.PROFESSIONAL_STANDARDS, null, null);
        person("data protection officer", Role.DATA_PROTECTION_OFFICER, null, null);
        person("auditor", Role.AUDITOR, null, null);
        people.put("administrator", Api.at(port).admin());
        logins.put("administrator", "admin");
        person("prosecutor", Role.PROSECUTOR, null, null);
    }

    /** A user holding only {@code role}, as the API and as a browser sign in. */
    private void person(String name, Role role, String collar, String unit) {
        String username = records.user(role, collar, unit);
        people.put(name, Api.at(port).as(username, FleetRecords.PASSWORD));
        logins.put(name, username);
    }

    @Test
    void searchIsOpenToStaffButFindsOnlyWhatEachMaySee() {
        expect(api -> {
            Api.Response r = api.get("/api/v1/clips?officer=" + smith);
            return r.status() == 200 ? "200:" + r.json().size() : String.valueOf(r.status());
        }, "200:2", "200:0", "200:2", "200:0", "200:2", "200:2", "200:2", "200:2", "200:2", "403");
    }

    @Test
    void openingAClipNeedsToBeOnesOwnOrUnitsOrAReason() {
        expect(api -> status(api.get("/api/v1/clips/" + clip)),
                "200", "404", "200", "404", "403", "403", "403", "403", "403", "403");
        expect(api -> status(api.get("/api/v1/clips/" + clip + "?reason=Checking%20a%20complaint")),
                "200", "404", "200", "404", "200", "200", "200", "200", "200", "403");
    }

    @Test
    void footageAndPicturesNeedToBeOnesOwnOrUnitsOrAReasonAndAuditorsNeverGetThem() throws Exception {
        ClipId video = examinedVideo();
        for (String path : List.of("/content", "/poster", "/thumbnails")) {
            expect(api -> status(api.getAny("/api/v1/clips/" + video + path)),
                    "200", "404", "200", "404", "403", "403", "403", "403", "403", "403");
            expect(api -> status(api.getAny("/api/v1/clips/" + video + path + "?reason=Complaint%202026%2F114")),
                    "200", "404", "200", "404", "200", "200", "200", "403", "200", "403");
        }
        assertThat(people.get("auditor").getAny("/api/v1/clips/" + video + "/content?reason=Audit").body())
                .contains("not its footage");
    }

    @Test
    void mediaFactsAndTheClipPageAreTheRecordsAndFollowTheOpeningRule() throws Exception {
        ClipId video = examinedVideo();
        String media = "/api/v1/clips/" + video + "/media";
        expect(api -> status(api.get(media)), "200", "404", "200", "404", "403", "403", "403", "403", "403", "403");
        expect(api -> status(api.get(media + "?reason=Complaint%202026%2F114")),
                "200", "404", "200", "404", "200", "200", "200", "200", "200", "403");

        Map<String, WebSession> browsers = new java.util.HashMap<>();
        people.keySet().forEach(name -> {
            WebSession session = WebSession.at(port);
            String password = name.equals("administrator") ? "test-admin-password" : FleetRecords.PASSWORD;
            session.signIn(logins.get(name), password);
            browsers.put(name, session);
        });
        String page = "/clips/" + video;
        expectOf(name -> String.valueOf(browsers.get(name).get(page).status()),
                "200", "404", "200", "404", "403", "403", "403", "403", "403", "403");
        expectOf(name -> String.valueOf(browsers.get(name).get(page + "?reason=Complaint%202026%2F114").status()),
                "200", "404", "200", "404", "200", "200", "200", "200", "200", "403");
        assertThat(browsers.get("auditor").get(page + "?reason=Audit").body())
                .contains("id=\"no-footage\"").doesNotContain("id=\"player\"");
        assertThat(browsers.get("evidence officer").get(page).body()).contains("id=\"reason-form\"");
    }

    /** A short real video of Smith's, examined, so that its pictures and facts exist. */
    private ClipId examinedVideo() throws Exception {
        String camera = records.camera();
        java.time.Instant filmed = java.time.Instant.parse("2026-11-19T07:00:00Z");
        ClipId video = TestClips.dock(ingest, camera, smith, filmed,
                TestClips.mp4(camera, filmed, java.time.Duration.ofSeconds(2))).clipId();
        examination.examine(video);
        return video;
    }

    @Test
    void relatedClipsFollowTheSameRule() {
        expect(api -> status(api.get("/api/v1/clips/" + clip + "/related")),
                "200", "404", "200", "404", "403", "403", "403", "403", "403", "403");
    }

    @Test
    void onlyTheOfficerTheirSupervisorEvidenceOfficersAndAdministratorsChangeMetadata() {
        expect(api -> status(api.patch("/api/v1/clips/" + clip, Map.of("title", "Reviewed"))),
                "200", "404", "200", "404", "200", "403", "403", "403", "200", "403");
    }

    @Test
    void bookmarksFollowTheSameRule() {
        expect(api -> status(api.post("/api/v1/clips/" + clip + "/bookmarks", Map.of("offsetSeconds", 5, "text", "x"))),
                "201", "404", "201", "404", "201", "403", "403", "403", "201", "403");
        long mine = people.get("own officer").post("/api/v1/clips/" + clip + "/bookmarks", Map.of("offsetSeconds", 9))
                .json().get("id").asLong();
        expect(api -> status(api.put("/api/v1/clips/" + clip + "/bookmarks/" + mine, Map.of("offsetSeconds", 10))),
                "200", "404", "200", "404", "200", "403", "403", "403", "200", "403");
        expect(api -> status(api.delete("/api/v1/clips/" + clip + "/bookmarks/" + mine)),
                "204", "404", "404", "404", "404", "403", "403", "403", "404", "403");
    }

    @Test
    void incidentsAreConfirmedByThoseWhoMayChangeEveryClipInThem() {
        Map<String, Object> group = Map.of("clips", List.of(clip.toString(), other.toString()));
        expect(api -> status(api.post("/api/v1/incidents", group)),
                "201", "403", "201", "403", "201", "403", "403", "403", "201", "403");
    }

    @Test
    void nobodySignedOutSeesAnything() {
        Api nobody = Api.at(port);
        assertThat(nobody.get("/api/v1/clips").status()).isEqualTo(401);
        assertThat(nobody.get("/api/v1/clips/" + clip).status()).isEqualTo(401);
        // A change without credentials is taken for a browser's and refused for want of a CSRF token.
        assertThat(nobody.patch("/api/v1/clips/" + clip, Map.of("title", "x")).status()).isEqualTo(403);
        assertThat(nobody.post("/api/v1/incidents", Map.of()).status()).isEqualTo(403);
    }

    private static String status(Api.Response response) {
        return String.valueOf(response.status());
    }

    /** The outcome for each person, in the order they were made. */
    private void expect(java.util.function.Function<Api, String> ask, String... outcomes) {
        expectOf(name -> ask.apply(people.get(name)), outcomes);
    }

    /** The outcome for each person, by name, in the order they were made. */
    private void expectOf(java.util.function.Function<String, String> ask, String... outcomes) {
        List<String> names = List.copyOf(people.keySet());
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        Map<String, String> actual = new java.util.LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            expected.put(names.get(i), outcomes[i]);
            actual.put(names.get(i), ask.apply(names.get(i)));
        }
        assertThat(actual).isEqualTo(expected);
    }
}
