package org.custodian.storage;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** Builds the S3 client from {@code custodian.storage.s3.*} and, when asked, the bucket it writes to. */
final class S3Clients {

    private S3Clients() {
    }

    static S3Client create(StorageProperties.S3 settings) {
        S3ClientBuilder builder = S3Client.builder()
                // The SDK builds and closes this HTTP client with the S3 client; the JDK's own needs no extra jars.
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(10))
                        .socketTimeout(Duration.ofMinutes(2)))
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials(settings))
                // Since SDK 2.30 requests carry CRC checksums (aws-chunked trailers) that many S3-compatible
                // stores reject; uploads carry Content-MD5 instead, which every store checks.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .forcePathStyle(settings.usesPathStyle());
        if (settings.hasEndpoint()) {
            builder.endpointOverride(URI.create(settings.endpoint().strip()));
        }
        return builder.build();
    }

    /** Creates the bucket, in the client's region, unless it exists. */
    static void createBucketIfAbsent(S3Client s3, String bucket) throws IOException {
        try {
            s3.headBucket(b -> b.bucket(bucket));
            return;
        } catch (SdkException e) {
            if (!S3Failures.isNotFound(e)) {
                throw S3Failures.io("reach bucket " + bucket, e);
            }
        }
        Region region = s3.serviceClientConfiguration().region();
        try {
            if (Region.US_EAST_1.equals(region)) {
                // S3's default location, which must not be named as a location constraint.
                s3.createBucket(b -> b.bucket(bucket));
            } else {
                s3.createBucket(b -> b.bucket(bucket)
                        .createBucketConfiguration(c -> c.locationConstraint(region.id())));
            }
        } catch (SdkException e) {
            throw S3Failures.io("create bucket " + bucket, e);
        }
    }

    private static AwsCredentialsProvider credentials(StorageProperties.S3 settings) {
        if (!settings.hasStaticCredentials()) {
            return DefaultCredentialsProvider.builder().build();
        }
        if (settings.secretKey() == null || settings.secretKey().isBlank()) {
            throw new IllegalStateException("custodian.storage.s3.access-key is set but "
                    + "custodian.storage.s3.secret-key is not (CUSTODIAN_S3_SECRET_KEY)");
        }
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(),
                settings.secretKey()));
    }
}
