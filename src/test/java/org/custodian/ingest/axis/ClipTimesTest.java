package org.custodian.ingest.axis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;

import org.custodian.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class ClipTimesTest {

    @Test
    void readsEpochSecondsFirst() {
        ClipTimes times = ClipTimes.of(new Metadata(Map.of("Starttime", "1661255226", "Stoptime", "1661255286.5",
                "Starttimeiso", "1999-01-01T00:00:00Z")));
        assertThat(times.start()).isEqualTo(Instant.parse("2022-08-23T11:47:06Z"));
        assertThat(times.stop()).isEqualTo(Instant.parse("2022-08-23T11:48:06.500Z"));
    }

    @Test
    void recognisesEpochMilliseconds() {
        assertThat(ClipTimes.of(new Metadata(Map.of("Starttime", "1661255226123"))).start())
                .isEqualTo(Instant.parse("2022-08-23T11:47:06.123Z"));
    }

    @Test
    void fallsBackToTheIsoTwin() {
        ClipTimes times = ClipTimes.of(new Metadata(Map.of("Starttimeiso", "2022-08-23T11:47:06Z",
                "Stoptimeiso", "2022-08-23T13:48:06+02:00")));
        assertThat(times.start()).isEqualTo(Instant.parse("2022-08-23T11:47:06Z"));
        assertThat(times.stop()).isEqualTo(Instant.parse("2022-08-23T11:48:06Z"));
    }

    @Test
    void refusesAClipWithoutAStartOrWithGarbledTimes() {
        assertThatThrownBy(() -> ClipTimes.of(new Metadata(Map.of("Stoptime", "1661255286"))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("no StartTime");
        assertThatThrownBy(() -> ClipTimes.of(new Metadata(Map.of("Starttime", "yesterday"))))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ClipTimes.of(new Metadata(Map.of("Starttime", "-5"))))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ClipTimes.of(new Metadata(Map.of("Starttime", "1e300"))))
                .isInstanceOf(InvalidValueException.class);
    }
}
