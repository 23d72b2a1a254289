package org.custodian.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class StorageConfigurationTest {

    @TempDir
    Path dataDir;

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner().withUserConfiguration(StorageConfiguration.class)
                .withPropertyValues("custodian.data-dir=" + dataDir);
    }

    @Test
    void keepsFootageUnderTheDataFolderByDefault() {
        runner().run(context -> {
            assertThat(context).hasSingleBean(BlobStore.class).hasSingleBean(BlobStoreHealthIndicator.class);
            assertThat(context.getBean(BlobStore.class)).isInstanceOfSatisfying(FilesystemBlobStore.class,
                    store -> assertThat(store.root()).isEqualTo(dataDir.resolve("footage").toAbsolutePath()));
            assertThat(dataDir.resolve("footage")).isDirectory();
        });
    }

    @Test
    void keepsFootageUnderAConfiguredRoot() {
        Path root = dataDir.resolve("elsewhere");
        runner().withPropertyValues("custodian.storage.type=filesystem", "custodian.storage.filesystem.root=" + root)
                .run(context -> assertThat(context.getBean(BlobStore.class)).isInstanceOfSatisfying(
                        FilesystemBlobStore.class, store -> assertThat(store.root()).isEqualTo(root)));
    }

    @Test
    void usesS3WhenChosen() {
        runner().withPropertyValues("custodian.storage.type=s3", "custodian.storage.s3.bucket=footage",
                "custodian.storage.s3.endpoint=http://127.0.0.1:9", "custodian.storage.s3.access-key=k",
                "custodian.storage.s3.secret-key=s")
                .run(context -> {
                    assertThat(context.getBean(BlobStore.class)).isInstanceOf(S3BlobStore.class)
                            .hasToString("s3 bucket footage at http://127.0.0.1:9");
                    assertThat(dataDir.resolve("footage")).doesNotExist();
                });
    }

    @Test
    void bindsS3SettingsWithTheirDefaults() {
        runner().withPropertyValues("custodian.storage.s3.bucket=footage").run(context -> {
            StorageProperties.S3 s3 = context.getBean(StorageProperties.class).s3();
            assertThat(s3.region()).isEqualTo("us-east-1");
            assertThat(s3.usesPathStyle()).isFalse();
            assertThat(s3.createBucket()).isFalse();
        });
        runner().withPropertyValues("custodian.storage.s3.endpoint=http://minio:9000").run(context -> assertThat(
                context.getBean(StorageProperties.class).s3().usesPathStyle()).isTrue());
        runner().withPropertyValues("custodian.storage.s3.endpoint=http://minio:9000",
                "custodian.storage.s3.path-style=false").run(context -> assertThat(
                        context.getBean(StorageProperties.class).s3().usesPathStyle()).isFalse());
    }

    @Test
    void refusesToStartWithS3ButNoBucket() {
        runner().withPropertyValues("custodian.storage.type=s3", "custodian.storage.s3.bucket=").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("custodian.storage.s3.bucket");
        });
    }

    @Test
    void refusesToStartWithAnUnknownStorageType() {
        runner().withPropertyValues("custodian.storage.type=tape").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining("tape");
        });
    }
}
