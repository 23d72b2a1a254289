package org.custodian.ingest.axis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.custodian.evidence.TrackPoint;
import org.custodian.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class GnssTrackTest {

    private static final Instant START = Instant.parse("2022-08-23T11:47:06Z");

    @Test
    void readsLongitudeThenLatitudeAndTheTimestamp() {
        List<TrackPoint> points = GnssTrack.parse(json("""
                {"CoordinateEntries":[
                  {"LocationWKT":"POINT(13.221184 55.718409)","SecondsFromStart":64.0,"Timestamp":"2022-08-23T11:48:10Z"},
                  {"LocationWKT":"POINT EMPTY","SecondsFromStart":70.0},
                  {"LocationWKT":"point( -0.1276 51.5072 )","SecondsFromStart":82.5}
                ]}"""), START);
        assertThat(points).containsExactly(
                new TrackPoint(Instant.parse("2022-08-23T11:48:10Z"), 55.718409, 13.221184),
                new TrackPoint(START.plusMillis(82_500), 51.5072, -0.1276));
    }

    @Test
    void refusesWhatIsNotATrack() {
        assertThatThrownBy(() -> GnssTrack.parse(json("not json"), START)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> GnssTrack.parse(json("{}"), START)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> GnssTrack.parse(json("{\"CoordinateEntries\":[{\"LocationWKT\":\"LINESTRING(1 2, 3 4)\","
                + "\"SecondsFromStart\":1}]}"), START)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> GnssTrack.parse(json("{\"CoordinateEntries\":[{\"LocationWKT\":\"POINT(200 55)\","
                + "\"SecondsFromStart\":1}]}"), START)).isInstanceOf(InvalidValueException.class);
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
