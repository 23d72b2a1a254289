package org.custodian.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void doublesTheBackoffFromOneAttemptToTheNext() {
        RetryPolicy policy = RetryPolicy.standard();

        assertThat(policy.backoffBefore(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.backoffBefore(3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.backoffBefore(5)).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void refusesAPolicyThatCouldSpinOnBusyAnswers() {
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ZERO, Duration.ofSeconds(1), Duration.ofMinutes(1),
                Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMinutes(1),
                Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
