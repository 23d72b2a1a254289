package org.custodian.identity;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator, {@code admin}, on a fresh installation. The password comes from
 * {@code CUSTODIAN_ADMIN_PASSWORD}; without it a random one is generated and printed once.
 */
@Component
@ConditionalOnWebApplication
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    static final String ADMIN = "admin";
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final Accounts accounts;
    private final String configuredPassword;

    AdminBootstrap(Accounts accounts, @Value("${custodian.identity.admin-password:}") String configuredPassword) {
        this.accounts = accounts;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.exists(ADMIN)) {
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? generate() : configuredPassword;
        accounts.create(new StaffUser(ADMIN, "Administrator", EnumSet.of(Role.ADMINISTRATOR), null, null, true),
                password);
        if (generated) {
            log.warn("Created user 'admin' with generated password: {}  (set CUSTODIAN_ADMIN_PASSWORD to choose it)",
                    password);
        } else {
            log.info("Created user 'admin' with the password from CUSTODIAN_ADMIN_PASSWORD");
        }
    }

    private static String generate() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
