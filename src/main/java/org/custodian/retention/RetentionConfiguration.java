package org.custodian.retention;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/** Retention's settings and its sweep, run by db-scheduler on one node at a time. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RetentionProperties.class)
class RetentionConfiguration {

    /** Off only where sweeps are run by hand (tests that move the clock and must not race a scheduled one). */
    @Bean
    @ConditionalOnProperty(name = "custodian.retention.sweep-scheduled", havingValue = "true", matchIfMissing = true)
    RecurringTask<Void> retentionSweepTask(RetentionSweep sweep, RetentionProperties properties) {
        return Tasks.recurring("retention-sweep", FixedDelay.of(properties.sweepInterval()))
                .execute((instance, context) -> sweep.sweep());
    }
}
