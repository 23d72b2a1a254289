package org.custodian.evidence.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CipherWarmUpTest {

    @Test
    void encryptsItsSegmentsInCallsOfOver64KiBAsFootageDoes() {
        assertThat(CipherWarmUp.SEGMENT_BYTES - 16).isGreaterThan(64 * 1024);
        assertThat(CipherWarmUp.run()).isEqualTo(CipherWarmUp.SEGMENTS * (CipherWarmUp.SEGMENT_BYTES - 16L));
    }

    @Test
    void runsOnADaemonThreadThatEnds() throws InterruptedException {
        Thread warmUp = CipherWarmUp.inBackground();
        assertThat(warmUp.isDaemon()).isTrue();
        warmUp.join();
        assertThat(warmUp.isAlive()).isFalse();
    }
}
