package org.custodian.evidence.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
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
 * The catalogue search by time and place over GNSS tracks, category, references and text, limited to what the
 * person may see. Runs on H2 here and on PostgreSQL in {@link ClipSearchPostgresTest}.
 */
@CustodianTest
class ClipSearchTests {

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
    CatalogueFixture at;
    String unit;
    String smith;
    String jones;
    /** Smith's patrol: two fixes 4 km apart, east and west of the place; its line passes through the place. */
    ClipId through;
    /** Jones's patrol on a parallel 1 km north, at the same time. */
    ClipId north;
    /** Smith's patrol through the place the next day. */
    ClipId nextDay;
    /** Smith's clip at the same time without a track. */
    ClipId noTrack;
    Instant t;
    Api admin;

    @BeforeEach
    void patrols() throws Exception {
        records = new FleetRecords(fleet, custody, accounts);
        at = new CatalogueFixture(ingest);
        unit = records.unit();
        smith = records.officer();
        jones = records.officer();
        t = at.morning;
        through = at.clip(records.camera(), smith, t, 600);
        at.track(through, t, new double[] { 0, -2000 }, new double[] { 0, 2000 });
        north = at.clip(records.camera(), jones, t.plusSeconds(60), 600);
        at.track(north, t.plusSeconds(60), new double[] { 1000, -2000 }, new double[] { 1000, 2000 });
        nextDay = at.clip(records.camera(), smith, t.plusSeconds(86_400), 600);
        at.track(nextDay, t.plusSeconds(86_400), new double[] { -50, -50 }, new double[] { 50, 50 });
        noTrack = at.clip(records.camera(), smith, t.plusSeconds(120), 300);
        admin = Api.at(port).admin();
    }

    @Test
    void findsAClipWhoseTrackPassesThroughThePointThoughItStartsAndEndsFarAway() {
        String window = "&from=" + t.minusSeconds(3600) + "&to=" + t.plusSeconds(3600);

        assertThat(ids(admin.get("/api/v1/clips?" + at.around(200) + window))).containsExactly(through);
        assertThat(ids(admin.get("/api/v1/clips?" + at.around(1200) + window))).containsExactlyInAnyOrder(through, north);
        assertThat(ids(admin.get("/api/v1/clips?" + at.around(200)))).containsExactly(nextDay, through);
    }

    @Test
    void aClipOutsideTheWindowOrTheRadiusIsNotReturned() {
        assertThat(ids(admin.get("/api/v1/clips?" + at.around(900) + "&from=" + t.minusSeconds(7200) + "&to="
                + t.plusSeconds(7200)))).doesNotContain(north, nextDay);
        assertThat(ids(admin.get("/api/v1/clips?" + at.around(200) + "&from=" + t.plusSeconds(3600) + "&to="
                + t.plusSeconds(7200)))).isEmpty();
    }

    @Test
    void aWindowMatchesEveryRecordingThatOverlapsItEvenOneStartedBefore() {
        String inside = "&from=" + t.plusSeconds(400) + "&to=" + t.plusSeconds(410);

        assertThat(ids(admin.get("/api/v1/clips?unit=" + unit + inside))).containsExactly(noTrack, north, through);
        assertThat(ids(admin.get("/api/v1/clips?unit=" + unit + "&from=" + t.plusSeconds(1000) + "&to="
                + t.plusSeconds(2000)))).isEmpty();
        assertThat(ids(admin.get("/api/v1/clips?unit=" + unit + inside + "&sort=startedAt%20asc")))
                .containsExactly(through, north, noTrack);
    }

    @Test
    void anOfficersSearchReturnsOnlyTheirOwnClipsAndPagesCountOnlyThose() {
        Api smiths = Api.at(port).as(records.user(Role.OFFICER, smith), FleetRecords.PASSWORD);

        assertThat(ids(smiths.get("/api/v1/clips?" + at.around(1200)))).containsExactly(nextDay, through);
        Api.Response first = smiths.get("/api/v1/clips?size=2");
        assertThat(ids(first)).containsExactly(nextDay, noTrack);
        assertThat(first.header("X-More-Clips")).isEqualTo("true");
        Api.Response second = smiths.get("/api/v1/clips?size=2&page=1");
        assertThat(ids(second)).containsExactly(through);
        assertThat(second.header("X-More-Clips")).isEqualTo("false");
        assertThat(ids(smiths.get("/api/v1/clips?officer=" + jones))).isEmpty();
    }

    @Test
    void aSupervisorSearchesTheirUnit() {
        Api sergeant = Api.at(port).as(records.user(Role.SUPERVISOR, null, unit), FleetRecords.PASSWORD);
        Api otherSergeant = Api.at(port).as(records.user(Role.SUPERVISOR, null, "ZZ9"), FleetRecords.PASSWORD);

        assertThat(ids(sergeant.get("/api/v1/clips?officer=" + jones))).containsExactly(north);
        assertThat(ids(otherSergeant.get("/api/v1/clips?officer=" + jones))).isEmpty();
    }

    @Test
    void findsByCategoryReferenceAndText() {
        assertThat(admin.patch("/api/v1/clips/" + through, Map.of("category", "Evidential", "title", "Fight outside pub"))
                .status()).isEqualTo(200);
        assertThat(admin.patch("/api/v1/clips/" + nextDay, Map.of("crimeReference", "CRIS 7654321/25")).status())
                .isEqualTo(200);
        assertThat(admin.patch("/api/v1/clips/" + north,
                Map.of("cadIncident", "CAD 4321/20NOV26", "custodyNumber", "01/12345/26")).status()).isEqualTo(200);
        at.cameraBookmark(noTrack, t.plusSeconds(130), "Blue car_drives off");

        assertThat(ids(admin.get("/api/v1/clips?unit=" + unit + "&category=evidential"))).containsExactly(through);
        assertThat(ids(admin.get("/api/v1/clips?unit=" + unit + "&category=uncategorised")))
                .containsExactly(nextDay, noTrack, north);
        assertThat(ids(admin.get("/api/v1/clips?unit=" + unit + "&reference=cris%207654321/25"))).containsExactly(nextDay);
        assertThat(ids(admin.get("/api/v1/clips?unit=" + unit + "&reference=cad%204321/20nov26"))).containsExactly(north);
        assertThat(ids(admin.get("/api/v1/clips?unit=" + unit + "&reference=01/12345/26"))).containsExactly(north);
        assertThat(ids(admin.get("/api/v1/clips?reference=CRIS%200000000/25"))).isEmpty();
        assertThat(ids(admin.get("/api/v1/clips?unit=" + unit + "&q=7654321"))).containsExactly(nextDay);
        assertThat(ids(admin.get("/api/v1/clips?unit=" + unit + "&q=OUTSIDE%20PUB"))).containsExactly(through);
        assertThat(ids(admin.get("/api/v1/clips?unit=" + unit + "&q=car_drives"))).containsExactly(noTrack);
        assertThat(ids(admin.get("/api/v1/clips?unit=" + unit + "&q=car%25drives"))).isEmpty();
    }

    @Test
    void eachClipCarriesItsFacts() {
        var clip = admin.get("/api/v1/clips?unit=" + unit + "&category=evidential&officer=" + smith).json();
        var all = admin.get("/api/v1/clips?officer=" + jones).json();

        assertThat(clip.size()).isZero();
        var jonesClip = all.get(0);
        for (String field : List.of("id", "sha256", "sizeBytes", "camera", "officer", "startedAt", "endedAt", "category")) {
            assertThat(jonesClip.has(field)).as(field).isTrue();
        }
        assertThat(jonesClip.get("unit").asString()).isEqualTo(unit);
    }

    @Test
    void refusesBadSearchesWithAClearMessage() {
        assertBadRequest("/api/v1/clips?lat=51.5&lon=-0.1", "needs all of lat, lon and radius");
        assertBadRequest("/api/v1/clips?lat=51.5&lon=-0.1&radius=60000", "at most 50000 metres");
        assertBadRequest("/api/v1/clips?lat=91&lon=-0.1&radius=100", "lat must be a latitude");
        assertBadRequest("/api/v1/clips?from=" + t + "&to=" + t, "from must be before to");
        assertBadRequest("/api/v1/clips?from=yesterday", "is not an ISO-8601 time");
        assertBadRequest("/api/v1/clips?size=201", "size must be between 1 and 200");
        assertBadRequest("/api/v1/clips?sort=sha256", "sort by startedAt or receivedAt");
        assertBadRequest("/api/v1/clips?category=parking", "Unknown category");
        assertBadRequest("/api/v1/clips?radius=abc&lat=1&lon=1", "radius 'abc' is not a number");
    }

    private void assertBadRequest(String path, String message) {
        Api.Response response = admin.get(path);
        assertThat(response.status()).as(path).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).as(path).contains(message);
    }

    static List<ClipId> ids(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().valueStream().map(c -> ClipId.parse(c.get("id").asString())).toList();
    }
}
