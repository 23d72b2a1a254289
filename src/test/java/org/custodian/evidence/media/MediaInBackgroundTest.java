package org.custodian.evidence.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.custodian.evidence.ClipId;
import org.custodian.fleet.CameraCustody;
import org.custodian.fleet.Fleet;
import org.custodian.identity.Accounts;
import org.custodian.ingest.Ingest;
import org.custodian.support.CustodianTest;
import org.custodian.support.FleetRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The scheduled job, not the dock, examines a clip: docking returns first and the facts follow. */
@CustodianTest
@TestPropertySource(properties = {"custodian.media.enabled=true", "custodian.media.interval=PT1S",
        "db-scheduler.polling-interval=PT1S"})
class MediaInBackgroundTest {

    @Autowired
    Ingest ingest;
    @Autowired
    MediaExamination examination;
    @Autowired
    Fleet fleet;
    @Autowired
    CameraCustody custody;
    @Autowired
    Accounts accounts;

    @Test
    void aDockedClipIsExaminedInTheBackground() throws Exception {
        String camera = new FleetRecords(fleet, custody, accounts).camera();
        Instant filmed = Instant.parse("2026-11-20T11:00:00Z");
        ClipId id = TestClips.dock(ingest, camera, null, filmed, TestClips.mp4(camera, filmed, Duration.ofSeconds(2)))
                .clipId();

        Optional<ClipMedia> media = Optional.empty();
        for (long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos(); System.nanoTime() < deadline
                && media.isEmpty(); Thread.sleep(200)) {
            media = examination.find(id);
        }

        assertThat(media).as("examined within a minute").hasValueSatisfying(m -> {
            assertThat(m.state()).isEqualTo(ClipMedia.State.DONE);
            assertThat(m.facts().videoCodec()).isEqualTo("h264");
            assertThat(m.posterBytes()).isPositive();
        });
    }
}
