package org.custodian.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The contract against a real S3 endpoint: S3Proxy in this JVM, keeping objects in a temporary folder. */
class S3BlobStoreTest extends BlobStoreContract {

    private static final String ACCESS_KEY = "custodian-test";
    private static final String SECRET_KEY = "custodian-test-secret";
    private static final AtomicInteger buckets = new AtomicInteger();

    @TempDir
    static Path proxyData;

    static S3Proxy proxy;

    String bucket;
    S3Client client;

    @BeforeAll
    static void startS3() throws Exception {
        proxy = S3Proxy.builder()
                .blobStore(new FilesystemNio2BlobStore(proxyData.toString()))
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) {
            Thread.sleep(10);
        }
    }

    @AfterAll
    static void stopS3() throws Exception {
        proxy.stop();
    }

    static StorageProperties.S3 settings(String bucket) {
        return new StorageProperties.S3("http://127.0.0.1:" + proxy.getPort(), "us-east-1", bucket, ACCESS_KEY,
                SECRET_KEY, null, false);
    }

    static ApplicationContextRunner configuredFor(String bucket) {
        return new ApplicationContextRunner().withUserConfiguration(StorageConfiguration.class).withPropertyValues(
                "custodian.storage.type=s3", "custodian.storage.s3.bucket=" + bucket,
                "custodian.storage.s3.endpoint=" + settings(bucket).endpoint(),
                "custodian.storage.s3.access-key=" + ACCESS_KEY, "custodian.storage.s3.secret-key=" + SECRET_KEY);
    }

    @Override
    protected BlobStore newStore() throws IOException {
        bucket = "footage-" + buckets.incrementAndGet();
        client = S3Clients.create(settings(bucket));
        S3Clients.createBucketIfAbsent(client, bucket);
        return new S3BlobStore(client, bucket);
    }

    @AfterEach
    void closeStore() {
        ((S3BlobStore) store).close();
    }

    @Override
    protected void assertNoLeftovers() {
        assertThat(client.listMultipartUploads(b -> b.bucket(bucket)).uploads())
                .as("multipart uploads left open").isEmpty();
    }

    @Test
    void abortsUnfinishedMultipartUploadsOfDeadWritersOnly() throws IOException {
        store.put(BlobKey.of("clips/kept.enc"), new java.io.ByteArrayInputStream(new byte[] {1, 2, 3}), 3);
        client.createMultipartUpload(b -> b.bucket(bucket).key("clips/abandoned.enc"));
        java.time.Instant afterIt = java.time.Instant.now().plusSeconds(60);

        assertThat(store.removeAbandonedWrites(afterIt.minusSeconds(3600))).as("too recent to be abandoned").isZero();
        assertThat(client.listMultipartUploads(b -> b.bucket(bucket)).uploads()).hasSize(1);

        assertThat(store.removeAbandonedWrites(afterIt)).isEqualTo(1);
        assertThat(client.listMultipartUploads(b -> b.bucket(bucket)).uploads()).isEmpty();
        assertThat(store.exists(BlobKey.of("clips/kept.enc"))).isTrue();
    }

    @Test
    void createsBucketOnlyWhenAbsent() throws IOException {
        BlobKey key = clipKey();
        store.put(key, stream("kept"), 4);

        S3Clients.createBucketIfAbsent(client, bucket);

        assertThat(store.exists(key)).isTrue();
    }

    @Test
    void startUpCreatesTheBucketWhenAsked() {
        configuredFor("made-at-start").withPropertyValues("custodian.storage.s3.create-bucket=true")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    BlobStore started = context.getBean(BlobStore.class);
                    started.checkAvailable();
                    assertThat(started.list("")).isEmpty();
                });
        assertThat(client.headBucket(b -> b.bucket("made-at-start")).sdkHttpResponse().isSuccessful()).isTrue();
    }

    @Test
    void startUpDoesNotCreateTheBucketUnlessAsked() {
        configuredFor("not-made")
                .run(context -> assertThat(context.getBean(BlobStoreHealthIndicator.class).health().getStatus())
                        .isEqualTo(Status.DOWN));
    }

    @Test
    void reportsUnavailableWhenBucketIsMissing() {
        try (S3BlobStore missing = new S3BlobStore(S3Clients.create(settings("no-such-bucket")), "no-such-bucket")) {
            assertThatThrownBy(missing::checkAvailable).isInstanceOf(IOException.class)
                    .hasMessageContaining("no-such-bucket");
            assertThatThrownBy(() -> missing.open(clipKey())).isInstanceOf(IOException.class)
                    .isNotInstanceOf(BlobNotFoundException.class);
        }
    }

    @Test
    void reportsUnavailableWhenCredentialsAreWrong() {
        var wrong = new StorageProperties.S3(settings(bucket).endpoint(), "us-east-1", bucket, ACCESS_KEY,
                "not-the-secret", null, false);
        try (S3BlobStore store = new S3BlobStore(S3Clients.create(wrong), bucket)) {
            assertThatThrownBy(store::checkAvailable).isInstanceOf(IOException.class);
        }
    }

    @Test
    void listingIgnoresObjectsThatAreNotKeys() throws IOException {
        BlobKey key = clipKey();
        store.put(key, stream("clip"), 4);
        client.putObject(b -> b.bucket(bucket).key("Uploaded By Hand.TXT"), RequestBody.fromString("x"));

        assertThat(store.list("")).containsExactly(key);
    }

    @Test
    void cannotTellUsableSpace() throws IOException {
        assertThat(store.usableSpace()).isEmpty();
    }

    @Test
    void refusesPartsSmallerThanS3Allows() {
        assertThatThrownBy(() -> new S3BlobStore(client, bucket, 1 << 20)).isInstanceOf(IllegalArgumentException.class);
    }
}
