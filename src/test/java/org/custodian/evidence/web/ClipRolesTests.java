package org.custodian.evidence.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.custodian.evidence.ClipId;
import org.custodian.fleet.CameraCustody;
import org.custodian.fleet.Fleet;
import org.custodian.identity.Accounts;
import org.custodian.identity.Role;
import org.custodian.ingest.Ingest;
import org.custodian.support.Api;
import org.custodian.support.CustodianTest;
import org.custodian.support.FleetRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every catalogue endpoint, asked by each kind of person about Smith's clip: Smith, another officer, Smith's
 * supervisor and another unit's, evidence officer, professional standards, data protection officer, auditor,
 * administrator and prosecutor.
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

    FleetRecords records;
    String smith;
    ClipId clip;
    ClipId other;
    Map<String, Api> people;

    @BeforeEach
    void smithsClip() throws Exception {
        records = new FleetRecords(fleet, custody, accounts);
        CatalogueFixture at = new CatalogueFixture(ingest);
        smith = records.officer();
        String camera = records.camera();
        clip = at.clip(camera, smith, at.morning, 600);
        other = at.clip(camera, smith, at.morning.plusSeconds(60), 600);
        people = new java.util.LinkedHashMap<>();
        people.put("own officer", as(Role.OFFICER, smith, null));
        people.put("other officer", as(Role.OFFICER, records.officer(), null));
        people.put("unit supervisor", as(Role.SUPERVISOR, null, records.unit()));
        people.put("other supervisor", as(Role.SUPERVISOR, null, "ZZ8"));
        people.put("evidence officer", as(Role.EVIDENCE_OFFICER, null, null));
        people.put("professional standards", as(Role.PROFESSIONAL_STANDARDS, null, null));
        people.put("data protection officer", as(Role.DATA_PROTECTION_OFFICER, null, null));
        people.put("auditor", as(Role.AUDITOR, null, null));
        people.put("administrator", Api.at(port).admin());
        people.put("prosecutor", as(Role.PROSECUTOR, null, null));
    }

    private Api as(Role role, String collar, String unit) {
        return Api.at(port).as(records.user(role, collar, unit), FleetRecords.PASSWORD);
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
        List<String> names = List.copyOf(people.keySet());
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        Map<String, String> actual = new java.util.LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            expected.put(names.get(i), outcomes[i]);
            actual.put(names.get(i), ask.apply(people.get(names.get(i))));
        }
        assertThat(actual).isEqualTo(expected);
    }
}
