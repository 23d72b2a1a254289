package org.custodian.storage;

import java.io.IOException;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import software.amazon.awssdk.services.s3.S3Client;

/** Chooses the blob store by {@code custodian.storage.type}: {@code filesystem} (default) or {@code s3}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageProperties.class)
class StorageConfiguration {

    @Bean
    BlobStore blobStore(StorageProperties properties, @Value("${custodian.data-dir:./data}") Path dataDir)
            throws IOException {
        return switch (properties.type()) {
            case FILESYSTEM -> new FilesystemBlobStore(properties.filesystem().root() != null
                    ? properties.filesystem().root()
                    : dataDir.resolve("footage"), properties.filesystem().directWrites());
            case S3 -> s3(properties.s3());
        };
    }

    /** Named for what an operator reads on the health page: {@code footage}. */
    @Bean
    BlobStoreHealthIndicator footageHealthIndicator(BlobStore blobStore) {
        return new BlobStoreHealthIndicator(blobStore);
    }

    private static S3BlobStore s3(StorageProperties.S3 settings) throws IOException {
        if (!settings.hasBucket()) {
            throw new IllegalStateException("custodian.storage.type is s3 but no bucket is set: set "
                    + "custodian.storage.s3.bucket (CUSTODIAN_S3_BUCKET)");
        }
        String bucket = settings.bucket().strip();
        S3Client client = S3Clients.create(settings);
        if (settings.createBucket()) {
            try {
                S3Clients.createBucketIfAbsent(client, bucket);
            } catch (IOException | RuntimeException e) {
                client.close();
                throw e;
            }
        }
        return new S3BlobStore(client, bucket);
    }
}
