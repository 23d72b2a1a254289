package org.custodian.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class GnssTrackTest {

    private static final Instant START = Instant.parse("2025-03-14T22:15:00Z");

    @Test
    void roundTripsThroughTheAxisJson() {
        GnssTrack track = Patrol.through(Borough.HACKNEY, START.plusSeconds(5), Duration.ofMinutes(2),
                Patrol.Pace.DRIVING, 4);

        assertThat(GnssTrack.fromAxisJson(track.toAxisJson(START), START)).isEqualTo(track);
    }

    @Test
    void writesLongitudeBeforeLatitudeAndSecondsFromTheRecordingStart() {
        GnssTrack track = new GnssTrack(List.of(new Fix(START.plusSeconds(64), 51.5450123, -0.0553456)));

        JsonNode entry = JsonMapper.builder().build().readTree(track.toAxisJson(START)).get("CoordinateEntries").get(0);

        assertThat(entry.get("LocationWKT").asString()).isEqualTo("POINT(-0.055346 51.545012)");
        assertThat(entry.get("SecondsFromStart").asDouble()).isEqualTo(64.0);
        assertThat(entry.get("Timestamp").asString()).isEqualTo("2025-03-14T22:16:04Z");
    }

    @Test
    void readsTheSpecExampleIncludingItsCommaFormAndEntriesWithoutATimestamp() {
        String json = """
                {"CoordinateEntries":[
                  {"LocationWKT":"POINT(13.221184 55.718409)","SecondsFromStart":64.0,"Timestamp":"2022-08-23T11:48:10Z"},
                  {"LocationWKT":"Point(13.220701, 55.718702)","SecondsFromStart":82.0}]}""";

        GnssTrack track = GnssTrack.fromAxisJson(json, Instant.parse("2022-08-23T11:47:06Z"));

        assertThat(track.fixes()).containsExactly(
                new Fix(Instant.parse("2022-08-23T11:48:10Z"), 55.718409, 13.221184),
                new Fix(Instant.parse("2022-08-23T11:48:28Z"), 55.718702, 13.220701));
        String line = "{\"CoordinateEntries\":[{\"LocationWKT\":\"LINESTRING(1 2)\"}]}";
        assertThatThrownBy(() -> GnssTrack.fromAxisJson(line, START)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOfficerOnFootMovesAtWalkingPaceOneFixASecondAndStaysInTheBorough() {
        GnssTrack track = Patrol.through(Borough.WESTMINSTER, START, Duration.ofMinutes(30), Patrol.Pace.ON_FOOT, 9);
        Fix centre = new Fix(START, Borough.WESTMINSTER.latitude(), Borough.WESTMINSTER.longitude());

        assertThat(track.fixes()).hasSize(30 * 60 + 1);
        assertThat(track.last().at()).isEqualTo(START.plus(Duration.ofMinutes(30)));
        double walked = 0;
        for (int i = 1; i < track.fixes().size(); i++) {
            Fix before = track.fixes().get(i - 1);
            Fix after = track.fixes().get(i);
            assertThat(Duration.between(before.at(), after.at())).isEqualTo(Duration.ofSeconds(1));
            assertThat(before.metresTo(after)).isLessThan(15);
            walked += before.metresTo(after);
        }
        assertThat(walked / (30 * 60)).as("average metres a second").isBetween(1.0, 4.0);
        assertThat(track.fixes()).allSatisfy(fix -> assertThat(fix.metresTo(centre)).isLessThan(3_000));
    }

    @Test
    void theSameSeedGivesTheSameTrack() {
        assertThat(Patrol.through(Borough.CROYDON, START, Duration.ofMinutes(1), Patrol.Pace.ON_FOOT, 3))
                .isEqualTo(Patrol.through(Borough.CROYDON, START, Duration.ofMinutes(1), Patrol.Pace.ON_FOOT, 3))
                .isNotEqualTo(Patrol.through(Borough.CROYDON, START, Duration.ofMinutes(1), Patrol.Pace.ON_FOOT, 4));
    }
}
