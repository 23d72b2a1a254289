package org.custodian.demo;

import java.time.Clock;

import org.custodian.fleet.CameraCustody;
import org.custodian.fleet.Fleet;
import org.custodian.identity.Accounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the demonstration dataset once, after the first administrator exists, and prints the sign-ins. */
@Component
@Profile("demo")
@ConditionalOnWebApplication
@Order(10)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Accounts accounts;
    private final DemoFleet fleet;

    DemoData(Accounts accounts, Fleet fleet, CameraCustody custody, Clock clock) {
        this.accounts = accounts;
        this.fleet = new DemoFleet(fleet, custody, clock);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!fleet.alreadyLoaded()) {
            log.info("Loading the demonstration fleet");
            fleet.load();
        }
        StringBuilder signIns = new StringBuilder("Demo sign-ins (evaluation only):")
                .append(String.format("%n  %-11s %-24s %s", "admin", "admin-demo-password",
                        "Administrator (unless CUSTODIAN_ADMIN_PASSWORD is set)"));
        for (DemoUsers.DemoUser demo : DemoUsers.all()) {
            if (!accounts.exists(demo.user().username())) {
                accounts.create(demo.user(), demo.password());
            }
            signIns.append(String.format("%n  %-11s %-24s %s", demo.user().username(), demo.password(),
                    demo.user().roles().iterator().next().title()));
        }
        log.info("{}", signIns);
    }
}
