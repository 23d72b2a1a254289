package org.custodian.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class MetaHeadersTest {

    @Test
    void namesKeysTheAxisWayLowercaseButTheFirstLetterAndLettersAfterAHyphen() {
        assertThat(MetaHeaders.object().with("StartTimeISO", "x").toMap())
                .containsOnlyKeys("X-Object-Meta-Starttimeiso");
        assertThat(MetaHeaders.container().with("BWCSerialNumber", "x").toMap())
                .containsOnlyKeys("X-Container-Meta-Bwcserialnumber");
        assertThat(MetaHeaders.capitalise("trigger-on-TIME")).isEqualTo("Trigger-On-Time");
    }

    @Test
    void urlEncodesValuesAsUtf8SoSpacesReservedCharactersAndAccentsSurvive() {
        assertThat(MetaHeaders.encode("PC Zoë O'Brien")).isEqualTo("PC%20Zo%C3%AB%20O%27Brien");
        assertThat(MetaHeaders.encode("TriggerOn:Button;A+B")).isEqualTo("TriggerOn%3AButton%3BA%2BB");
        assertThat(MetaHeaders.encode("B8A44F-3A_0001.~")).isEqualTo("B8A44F-3A_0001.~");
    }

    @Test
    void writesTimesAsEpochSecondsAndRfc3339Utc() {
        Instant at = Instant.parse("2025-03-14T22:15:04.567Z");

        assertThat(MetaHeaders.object().withEpoch("StartTime", at).withIso("StartTimeISO", at).withIso("EndTime", null)
                .toMap()).containsEntry("X-Object-Meta-Starttime", "1741990504")
                .containsEntry("X-Object-Meta-Starttimeiso", "2025-03-14T22%3A15%3A04Z").hasSize(2);
    }

    @Test
    void cutsTheSameClipsAtTheSameBytesForTheSameSeed() {
        FaultPlan plan = FaultPlan.unplugMidClip(3, 0.5);
        long cut = plan.cutAfter("c/1741990502_4711.mp4", 1, 1_000_000);

        assertThat(plan.cutAfter("c/1741990502_4711.mp4", 1, 1_000_000)).isEqualTo(cut);
        assertThat(plan.cutAfter("c/1741990502_4711.mp4", 2, 1_000_000)).isEqualTo(-1);
        assertThat(plan.cutAfter("c/20250314_221502_4711_X_gpstrail.json", 1, 1_000_000)).isEqualTo(-1);
        assertThat(java.util.stream.IntStream.range(0, 200)
                .filter(i -> plan.cutAfter("c/" + i + "_1.mp4", 1, 1_000_000) >= 0).count()).isBetween(60L, 140L);
    }
}
