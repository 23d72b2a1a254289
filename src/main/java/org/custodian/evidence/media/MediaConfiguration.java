package org.custodian.evidence.media;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/**
 * Clips are examined in the background, by db-scheduler on one node at a time, so docking never waits for
 * FFmpeg: a clip is catalogued and acknowledged first, and its facts and pictures follow within a pass.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MediaProperties.class)
class MediaConfiguration {

    @Bean
    @ConditionalOnProperty(name = "custodian.media.enabled", havingValue = "true", matchIfMissing = true)
    RecurringTask<Void> clipMediaTask(MediaExamination examination, MediaProperties properties) {
        return Tasks.recurring("clip-media", FixedDelay.of(properties.interval()))
                .execute((instance, context) -> examination.examinePending());
    }
}
