package org.custodian.retention;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/** Retention's settings, the configured policy taken up at start-up, and the sweep db-scheduler runs. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RetentionProperties.class)
class RetentionConfiguration {

    /**
     * The configured schedule recorded when a server starts (as the first administrator is, by AdminBootstrap),
     * never when the jar runs a command such as {@code audit verify}: a command must not change what it inspects.
     */
    @Bean
    @ConditionalOnWebApplication
    InitializingBean configuredRetentionPolicy(Policies policies) {
        return policies::adoptConfiguration;
    }

    /** Off only where sweeps are run by hand (tests that move the clock and must not race a scheduled one). */
    @Bean
    @ConditionalOnProperty(name = "custodian.retention.sweep-scheduled", havingValue = "true", matchIfMissing = true)
    RecurringTask<Void> retentionSweepTask(RetentionSweep sweep, RetentionProperties properties) {
        return Tasks.recurring("retention-sweep", FixedDelay.of(properties.sweepInterval()))
                .execute((instance, context) -> sweep.sweep());
    }
}
