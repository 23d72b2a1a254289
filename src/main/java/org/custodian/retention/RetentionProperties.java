package org.custodian.retention;

import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code custodian.retention.*}: the schedule the server starts with (version 1 on first start; a later
 * difference becomes a proposal for an administrator to approve), the warning window and the sweep.
 *
 * @param nonEvidentialDays uncategorised footage is deleted no later than this many days after recording
 *                          (uk-rules RET-01: Met/GMP 31, Jersey 30, Hertfordshire 90)
 * @param categories        per category (e.g. {@code evidential}, {@code stop-and-search}): keep and review periods
 * @param warningDays       clips due within this many days are listed as expiring (RET-04)
 * @param sweepInterval     how often the sweep runs; it deletes what falls due before its next run
 * @param sweepBatch        clips marked for deletion per transaction
 * @param deleteThreads     clips whose derived copies are listed at once (a request each on S3)
 */
@ConfigurationProperties("custodian.retention")
public record RetentionProperties(@DefaultValue("31") int nonEvidentialDays, Map<String, Rule> categories,
        @DefaultValue("7") int warningDays, @DefaultValue("PT1H") Duration sweepInterval,
        @DefaultValue("500") int sweepBatch, @DefaultValue("4") int deleteThreads) {

    public record Rule(Period keep, Period review) {
    }

    public RetentionProperties {
        categories = categories == null ? Map.of() : Map.copyOf(categories);
        if (warningDays < 0 || sweepBatch < 1 || deleteThreads < 1 || sweepInterval.isNegative() || sweepInterval.isZero()) {
            throw new IllegalArgumentException("custodian.retention: warning-days >= 0, sweep-batch and delete-threads >= 1 and a "
                    + "positive sweep-interval are needed");
        }
    }

    /** The configured schedule, as version {@code version}. */
    public RetentionPolicy policy(int version) {
        List<RetentionRule> rules = new ArrayList<>();
        rules.add(new RetentionRule(ClipCategory.NON_EVIDENTIAL, RetentionPeriod.ofDays(nonEvidentialDays), null));
        categories.forEach((name, rule) -> {
            ClipCategory category = ClipCategory.parse(name);
            if (category != ClipCategory.NON_EVIDENTIAL) {
                rules.add(new RetentionRule(category, rule.keep() == null ? null : new RetentionPeriod(rule.keep()),
                        rule.review() == null ? null : new RetentionPeriod(rule.review())));
            }
        });
        return RetentionPolicy.of(version, rules);
    }
}
