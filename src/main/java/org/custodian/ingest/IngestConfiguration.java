package org.custodian.ingest;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/** Ingest's settings and its background job, run by db-scheduler on one node at a time. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IngestProperties.class)
class IngestConfiguration {

    @Bean
    RecurringTask<Void> footageReconcilerTask(FootageReconciler reconciler, IngestProperties properties, Clock clock) {
        return Tasks.recurring("footage-reconciler", FixedDelay.of(properties.reconciler().interval()))
                .execute((instance, context) -> {
                    try {
                        reconciler.reconcile(clock.instant());
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
    }
}
