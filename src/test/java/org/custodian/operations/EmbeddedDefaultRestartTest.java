package org.custodian.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;

import org.custodian.CustodianApplication;
import org.custodian.audit.AuditLog;
import org.custodian.identity.Accounts;
import org.custodian.identity.Role;
import org.custodian.identity.StaffUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded default keeps everything in the data folder across a restart. */
class EmbeddedDefaultRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void restartKeepsAccountsAndTheAuditChain() {
        long entries;
        try (ConfigurableApplicationContext first = start()) {
            first.getBean(Accounts.class).create(new StaffUser("pc4821", "PC Jo Reid", EnumSet.of(Role.OFFICER),
                    "4821", null, true), "restart-test-password");
            entries = first.getBean(AuditLog.class).verify().entriesChecked();
        }
        assertThat(Files.isDirectory(dataDir.resolve("db"))).isTrue();

        try (ConfigurableApplicationContext second = start()) {
            assertThat(second.getBean(Accounts.class).require("pc4821").displayName()).isEqualTo("PC Jo Reid");
            var chain = second.getBean(AuditLog.class).verify();
            assertThat(chain.intact()).isTrue();
            assertThat(chain.entriesChecked()).isEqualTo(entries);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplication(CustodianApplication.class).run("--server.port=0",
                "--custodian.data-dir=" + dataDir, "--custodian.identity.admin-password=restart-admin-password",
                "--logging.level.root=WARN");
    }
}
