package org.custodian.evidence.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class FootageKeysConfigurationTest {

    @TempDir
    Path dataDir;

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner().withUserConfiguration(FootageKeysConfiguration.class)
                .withPropertyValues("custodian.data-dir=" + dataDir);
    }

    @Test
    void refusesToStartWithoutAKeyUnlessAllowedToCreateOne() {
        runner().run(context -> assertThat(context).hasFailed().getFailure()
                .hasStackTraceContaining("Footage key-encryption key not found at " + dataDir.resolve("keys/footage-kek.json")));
        assertThat(dataDir.resolve("keys/footage-kek.json")).doesNotExist();
    }

    @Test
    void createsTheKeyOnFirstStartAndReadsItBackAfter() {
        byte[][] wrapped = new byte[1][];
        runner().withPropertyValues("custodian.crypto.create-kek=true").run(context ->
                wrapped[0] = context.getBean(FootageKeys.class).newClipKey("clip-1").wrapped());
        assertThat(dataDir.resolve("keys/footage-kek.json")).isRegularFile();

        runner().run(context -> assertThat(context.getBean(FootageKeys.class).unwrap("clip-1", wrapped[0])).isNotNull());
    }

    @Test
    void readsTheKeyFromTheConfiguredFile() throws Exception {
        Path elsewhere = dataDir.resolve("vault/kek.json");
        runner().withPropertyValues("custodian.crypto.kek-file=" + elsewhere, "custodian.crypto.create-kek=true")
                .run(context -> assertThat(context).hasNotFailed());
        assertThat(Files.readString(elsewhere)).contains("AesGcmKey");
    }
}
