package org.custodian.ingest.tus;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.Stream;

import org.custodian.evidence.ClipId;
import org.custodian.fleet.CameraCustody;
import org.custodian.fleet.Fleet;
import org.custodian.identity.Accounts;
import org.custodian.identity.Role;
import org.custodian.ingest.ClipSummary;
import org.custodian.ingest.Ingest;
import org.custodian.storage.BlobKey;
import org.custodian.storage.BlobStore;
import org.custodian.support.CustodianTest;
import org.custodian.support.FleetRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@CustodianTest
class TusUploadTests {

    @LocalServerPort
    int port;
    @Autowired
    Ingest ingest;
    @Autowired
    BlobStore store;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Fleet fleet;
    @Autowired
    CameraCustody custody;
    @Autowired
    Accounts accounts;
    @Autowired
    TusExpiry expiry;

    TusClient tus;
    FleetRecords records;
    String camera;

    @BeforeEach
    void setUp() {
        records = new FleetRecords(fleet, custody, accounts);
        camera = records.camera();
        tus = new TusClient(port, records.user(Role.OFFICER, records.officer()), FleetRecords.PASSWORD);
    }

    @Test
    void discoveryAnnouncesTheVersionExtensionsAndChecksumAlgorithm() {
        HttpResponse<String> response = tus.options();

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(header(response, "Tus-Version")).isEqualTo("1.0.0");
        assertThat(header(response, "Tus-Extension")).isEqualTo("creation,checksum,termination");
        assertThat(header(response, "Tus-Checksum-Algorithm")).isEqualTo("sha256");
        assertThat(Long.parseLong(header(response, "Tus-Max-Size"))).isEqualTo(64L << 30);
    }

    @Test
    void anUploadSentInCheckedPiecesBecomesAClip() throws Exception {
        byte[] bytes = footage(3_000_000);
        String upload = created(bytes.length);
        assertThat(header(tus.head(upload), "Upload-Offset")).isEqualTo("0");

        assertThat(patched(upload, 0, bytes, 0, 1_000_000)).isEqualTo(1_000_000);
        assertThat(patched(upload, 1_000_000, bytes, 1_000_000, 2_500_000)).isEqualTo(2_500_000);
        HttpResponse<String> last = tus.patch(upload, 2_500_000, bytes, 2_500_000, bytes.length,
                TusClient.checksum(bytes, 2_500_000, bytes.length));

        assertThat(last.statusCode()).as(last.body()).isEqualTo(204);
        assertThat(header(last, "Upload-Offset")).isEqualTo(String.valueOf(bytes.length));
        assertThat(header(last, "Custodian-Clip-Status")).isEqualTo("STORED");
        ClipSummary clip = ingest.clip(ClipId.parse(header(last, "Custodian-Clip-Id"))).orElseThrow();
        assertThat(clip.sha256().hex()).isEqualTo(sha256(bytes));
        assertThat(clip.sizeBytes()).isEqualTo(bytes.length);
        assertThat(clip.cameraSerial()).isEqualTo(camera);
        assertThat(clip.source()).isEqualTo("tus");
        assertThat(header(tus.head(upload), "Custodian-Clip-Id")).isEqualTo(clip.id().toString());
        assertThat(stagedBlobs(upload)).isZero();
    }

    @Test
    void aChunkWithAWrongChecksumIsRefusedWith460AndTheOffsetStays() {
        byte[] bytes = footage(200_000);
        String upload = created(bytes.length);
        patched(upload, 0, bytes, 0, 50_000);

        HttpResponse<String> wrong = tus.patch(upload, 50_000, bytes, 50_000, bytes.length,
                TusClient.checksum(bytes, 0, 10));

        assertThat(wrong.statusCode()).isEqualTo(460);
        assertThat(header(wrong, "Tus-Resumable")).isEqualTo("1.0.0");
        assertThat(header(tus.head(upload), "Upload-Offset")).isEqualTo("50000");
        assertThat(stagedBlobs(upload)).isEqualTo(1);
        assertThat(patched(upload, 50_000, bytes, 50_000, bytes.length)).isEqualTo(bytes.length);
    }

    @Test
    void anInterruptedUploadResumesFromTheOffsetHeadReports() throws Exception {
        byte[] bytes = footage(2_000_000);
        String upload = created(bytes.length);
        patched(upload, 0, bytes, 0, 500_000);

        tus.patchAndDrop(upload, 500_000, bytes, 500_000, bytes.length, 700_000);
        long offset = settledOffset(upload);
        assertThat(offset).isBetween(500_000L, 1_200_000L);
        HttpResponse<String> rest = tus.patch(upload, offset, bytes, (int) offset, bytes.length, null);

        assertThat(rest.statusCode()).as(rest.body()).isEqualTo(204);
        ClipSummary clip = ingest.clip(ClipId.parse(header(rest, "Custodian-Clip-Id"))).orElseThrow();
        assertThat(clip.sha256().hex()).isEqualTo(sha256(bytes));
    }

    @Test
    void terminationRemovesTheUploadAndItsBytes() {
        byte[] bytes = footage(100_000);
        String upload = created(bytes.length);
        patched(upload, 0, bytes, 0, 40_000);

        assertThat(tus.delete(upload).statusCode()).isEqualTo(204);

        assertThat(tus.head(upload).statusCode()).isEqualTo(404);
        assertThat(stagedBlobs(upload)).isZero();
    }

    @Test
    void anAbandonedUploadExpiresWithItsBytes() throws Exception {
        byte[] bytes = footage(100_000);
        String upload = created(bytes.length);
        patched(upload, 0, bytes, 0, 40_000);

        expiry.expire(Instant.now().plus(Duration.ofDays(6)));
        assertThat(tus.head(upload).statusCode()).isEqualTo(200);
        expiry.expire(Instant.now().plus(Duration.ofDays(8)));

        assertThat(tus.head(upload).statusCode()).isEqualTo(404);
        assertThat(stagedBlobs(upload)).isZero();
    }

    @Test
    void refusesBadRequestsWithAReasonAndStoresNothing() {
        long uploads = jdbc.sql("SELECT COUNT(*) FROM tus_upload").query(Long.class).single();
        String now = Instant.now().toString();
        assertThat(tus.create(100, TusClient.metadata(TusClient.clip("CAM-UNKNOWN-1", now, now))).statusCode())
                .isEqualTo(400);
        HttpResponse<String> noDuration = tus.create(100, TusClient.metadata(TusClient.clip(camera, now, now)));
        assertThat(noDuration.statusCode()).isEqualTo(400);
        assertThat(noDuration.body()).contains("no duration");
        assertThat(tus.create(100, "camera !!!").statusCode()).isEqualTo(400);
        assertThat(tus.create(100L << 40, metadata()).statusCode()).isEqualTo(413);
        assertThat(tus.send(tus.request("/api/v1/uploads/").header("Upload-Metadata", metadata())
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(400);
        HttpResponse<String> oldVersion = tus.send(HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                + "/api/v1/uploads/")).header("Authorization", tus.request("/").build().headers()
                .firstValue("Authorization").orElseThrow()).header("Tus-Resumable", "0.2.2")
                .header("Upload-Length", "10").POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(oldVersion.statusCode()).isEqualTo(412);
        assertThat(header(oldVersion, "Tus-Version")).isEqualTo("1.0.0");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM tus_upload").query(Long.class).single()).isEqualTo(uploads);

        byte[] bytes = footage(1000);
        String upload = created(bytes.length);
        assertThat(tus.patch(upload, 10, bytes, 0, 100, null).statusCode()).isEqualTo(409);
        assertThat(tus.send(tus.request(java.net.URI.create(upload).getPath()).header("Upload-Offset", "0")
                .header("Content-Type", "application/octet-stream")
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(bytes))).statusCode()).isEqualTo(415);
        assertThat(tus.patch(upload, 0, footage(2000), 0, 2000, null).statusCode()).isEqualTo(400);
        assertThat(header(tus.head(upload), "Upload-Offset")).isEqualTo("0");
        assertThat(stagedBlobs(upload)).isZero();
    }

    @Test
    void anotherPersonsUploadIsNotFoundAndProsecutorsCannotUpload() {
        String upload = created(1000);
        TusClient colleague = new TusClient(port, records.user(Role.OFFICER, records.officer()), FleetRecords.PASSWORD);
        TusClient prosecutor = new TusClient(port, records.user(Role.PROSECUTOR, null), FleetRecords.PASSWORD);

        assertThat(colleague.head(upload).statusCode()).isEqualTo(404);
        assertThat(prosecutor.create(1000, metadata()).statusCode()).isEqualTo(403);
        assertThat(new TusClient(port, "admin", "test-admin-password").head(upload).statusCode()).isEqualTo(200);
    }

    private String metadata() {
        Instant started = Instant.now().minus(Duration.ofHours(1));
        return TusClient.metadata(TusClient.clip(camera, started.toString(), started.plusSeconds(60).toString()));
    }

    private String created(long length) {
        HttpResponse<String> response = tus.create(length, metadata());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return header(response, "Location");
    }

    private long patched(String upload, long offset, byte[] bytes, int from, int to) {
        HttpResponse<String> response = tus.patch(upload, offset, bytes, from, to, TusClient.checksum(bytes, from, to));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
        return Long.parseLong(header(response, "Upload-Offset"));
    }

    /** The server notices a dropped connection a moment after the client: wait until the offset stops moving. */
    private long settledOffset(String upload) throws InterruptedException {
        long offset = -1;
        for (int i = 0; i < 50; i++) {
            long now = Long.parseLong(header(tus.head(upload), "Upload-Offset"));
            if (now == offset && now > 500_000) {
                return now;
            }
            offset = now;
            Thread.sleep(100);
        }
        return offset;
    }

    private long stagedBlobs(String upload) {
        String id = upload.substring(upload.lastIndexOf('/') + 1);
        try (Stream<BlobKey> keys = store.list("staging/tus/" + id + "/")) {
            return keys.count();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static byte[] footage(int size) {
        byte[] bytes = new byte[size];
        new Random().nextBytes(bytes);
        return bytes;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

}
