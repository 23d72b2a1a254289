package org.custodian.ingest.axis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.custodian.evidence.ClipId;
import org.junit.jupiter.api.Test;

class ClipTimelineTest {

    private static final Instant T = Instant.parse("2022-08-23T11:00:00Z");
    private final ClipId first = ClipId.random();
    private final ClipId second = ClipId.random();
    private final ClipId third = ClipId.random();
    private final ClipTimeline timeline = ClipTimeline.of(List.of(
            new ClipTimeline.Entry(third, T.plusSeconds(400), T.plusSeconds(500)),
            new ClipTimeline.Entry(first, T, T.plusSeconds(100)),
            new ClipTimeline.Entry(second, T.plusSeconds(100), null)));

    @Test
    void placesAMomentInTheClipPlayingThen() {
        assertThat(timeline.start()).isEqualTo(T);
        assertThat(timeline.clipAt(T.plusSeconds(50))).isEqualTo(first);
        assertThat(timeline.clipAt(T.plusSeconds(100))).isEqualTo(second);
        assertThat(timeline.clipAt(T.plusSeconds(399))).isEqualTo(second);
        assertThat(timeline.clipAt(T.plusSeconds(450))).isEqualTo(third);
    }

    @Test
    void givesMomentsOutsideEveryClipToTheNearest() {
        assertThat(timeline.clipAt(T.minusSeconds(5))).isEqualTo(first);
        assertThat(timeline.clipAt(T.plusSeconds(900))).isEqualTo(third);
    }

    @Test
    void groupsItemsByClipInOrder() {
        Map<ClipId, List<Instant>> groups = timeline.group(
                List.of(T.plusSeconds(1), T.plusSeconds(450), T.plusSeconds(2)), i -> i);
        assertThat(groups).containsExactly(Map.entry(first, List.of(T.plusSeconds(1), T.plusSeconds(2))),
                Map.entry(third, List.of(T.plusSeconds(450))));
    }
}
