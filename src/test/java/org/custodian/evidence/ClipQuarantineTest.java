package org.custodian.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;

import org.custodian.fleet.CameraSerial;
import org.custodian.shared.InvalidValueException;
import org.custodian.shared.Sha256;
import org.custodian.storage.BlobKey;
import org.junit.jupiter.api.Test;

class ClipQuarantineTest {

    static final Sha256 BYTES = Sha256.of("ab".repeat(32));
    static final Sha256 CLAIMED = Sha256.of("cd".repeat(32));
    static final Instant RECEIVED = Instant.parse("2026-11-20T09:00:00Z");
    static final Instant REVIEWED = RECEIVED.plusSeconds(3600);

    @Test
    void releasedClipIsStoredButKeepsTheClaimAndWhoReleasedItWhenAndWhy() {
        Clip released = clip(CLAIMED).release("evidence-1", REVIEWED, "  Firmware 11.2 hashed the wrong buffer  ");

        assertThat(released.status()).isEqualTo(ClipStatus.STORED);
        assertThat(released.deviceSha256()).isEqualTo(CLAIMED);
        assertThat(released.wasQuarantined()).isTrue();
        assertThat(released.review()).isEqualTo(new QuarantineReview(QuarantineReview.Decision.RELEASED, "evidence-1",
                REVIEWED, "Firmware 11.2 hashed the wrong buffer"));
    }

    @Test
    void releasedClipKeepsItsDedupKeySoItNeverMergesWithATrustedUploadOfTheSameBytes() {
        Clip quarantined = clip(CLAIMED);

        assertThat(quarantined.release("e", REVIEWED, "why").dedupKey()).isEqualTo(quarantined.dedupKey())
                .isNotEqualTo(clip(null).dedupKey());
    }

    @Test
    void confirmedCorruptClipStaysQuarantinedAndCannotBeReviewedAgain() {
        Clip confirmed = clip(CLAIMED).confirmCorrupt("evidence-1", REVIEWED, "Camera log shows a card write error");

        assertThat(confirmed.status()).isEqualTo(ClipStatus.QUARANTINED);
        assertThat(confirmed.review().decision()).isEqualTo(QuarantineReview.Decision.CONFIRMED_CORRUPT);
        assertThatThrownBy(() -> confirmed.release("evidence-2", REVIEWED, "second thoughts"))
                .isInstanceOf(ClipNotQuarantinedException.class).hasMessageContaining("already reviewed");
    }

    @Test
    void onlyAQuarantinedClipCanBeReviewed() {
        assertThatThrownBy(() -> clip(null).release("e", REVIEWED, "why")).isInstanceOf(ClipNotQuarantinedException.class);
        Clip released = clip(CLAIMED).release("e", REVIEWED, "why");
        assertThatThrownBy(() -> released.confirmCorrupt("e", REVIEWED, "why"))
                .isInstanceOf(ClipNotQuarantinedException.class);
    }

    @Test
    void aReviewNeedsAWrittenReason() {
        assertThatThrownBy(() -> clip(CLAIMED).release("e", REVIEWED, " ")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> clip(CLAIMED).confirmCorrupt("e", REVIEWED, null))
                .isInstanceOf(InvalidValueException.class);
    }

    private static Clip clip(Sha256 claimed) {
        return Clip.received(ClipId.random(), BYTES, 100, claimed,
                new Recording(CameraSerial.of("CAM-1"), null, RECEIVED.minusSeconds(600), RECEIVED.minusSeconds(60), null),
                new Provenance("test", null, "clip.mp4", Map.of()), BlobKey.of("clips/x"), RECEIVED);
    }
}
