package org.custodian.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadFactory;

import org.junit.jupiter.api.Test;

class DaemonThreadsTest {

    @Test
    void makesNumberedDaemonThreadsPerPool() {
        ThreadFactory writers = DaemonThreads.named("footage-writer-");
        ThreadFactory others = DaemonThreads.named("retention-delete-");
        Thread first = writers.newThread(() -> { });
        Thread second = writers.newThread(() -> { });
        Thread other = others.newThread(() -> { });
        assertThat(first.getName()).isEqualTo("footage-writer-1");
        assertThat(second.getName()).isEqualTo("footage-writer-2");
        assertThat(other.getName()).isEqualTo("retention-delete-1");
        assertThat(first.isDaemon()).isTrue();
        assertThat(other.isDaemon()).isTrue();
    }
}
