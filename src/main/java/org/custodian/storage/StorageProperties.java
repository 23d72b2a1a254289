package org.custodian.storage;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where footage is kept: {@code custodian.storage.*}. */
@ConfigurationProperties("custodian.storage")
record StorageProperties(@DefaultValue("filesystem") Type type, @DefaultValue Filesystem filesystem,
        @DefaultValue S3 s3) {

    enum Type {
        FILESYSTEM, S3
    }

    /**
     * {@code root} defaults to {@code footage} under the data folder. {@code directWrites} writes blobs past
     * the page cache where the file system allows it ({@link DirectWrites}).
     */
    record Filesystem(Path root, @DefaultValue("true") boolean directWrites) {
    }

    /**
     * Without access and secret key the AWS default chain is used (environment, profile, instance role).
     * Path-style addressing defaults to on when an endpoint is given, as S3-compatible stores expect.
     */
    record S3(String endpoint, @DefaultValue("us-east-1") String region, String bucket, String accessKey,
            String secretKey, Boolean pathStyle, boolean createBucket) {

        boolean hasEndpoint() {
            return endpoint != null && !endpoint.isBlank();
        }

        boolean usesPathStyle() {
            return pathStyle != null ? pathStyle : hasEndpoint();
        }

        boolean hasBucket() {
            return bucket != null && !bucket.isBlank();
        }

        boolean hasStaticCredentials() {
            return accessKey != null && !accessKey.isBlank();
        }
    }
}
