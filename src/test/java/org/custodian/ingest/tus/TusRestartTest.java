package org.custodian.ingest.tus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;

import org.custodian.CustodianApplication;
import org.custodian.evidence.ClipId;
import org.custodian.evidence.Footage;
import org.custodian.fleet.CameraCustody;
import org.custodian.fleet.Fleet;
import org.custodian.identity.Accounts;
import org.custodian.identity.Role;
import org.custodian.ingest.Ingest;
import org.custodian.ingest.Upload;
import org.custodian.support.FleetRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded default keeps uploads in progress and the footage key across a restart. */
class TusRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void anUploadResumesAndStoredFootageStaysReadableAfterARestart() throws Exception {
        byte[] bytes = new byte[1_500_000];
        new Random().nextBytes(bytes);
        String upload;
        String username;
        ClipId earlier;
        try (ConfigurableApplicationContext first = start()) {
            FleetRecords records = new FleetRecords(first.getBean(Fleet.class), first.getBean(CameraCustody.class),
                    first.getBean(Accounts.class));
            String camera = records.camera();
            username = records.user(Role.OFFICER, records.officer());
            TusClient tus = client(first, username);
            String started = Instant.now().minusSeconds(600).toString();
            upload = tus.create(bytes.length, TusClient.metadata(TusClient.clip(camera, started,
                    Instant.parse(started).plusSeconds(60).toString()))).headers().firstValue("Location").orElseThrow();
            assertThat(tus.patch(upload, 0, bytes, 0, 600_000, TusClient.checksum(bytes, 0, 600_000)).statusCode())
                    .isEqualTo(204);
            earlier = first.getBean(Ingest.class).receive(new Upload(camera, null, Instant.parse(started),
                    null, "test", null, null, null, null, Map.of()), new ByteArrayInputStream(bytes, 0, 1000), 1000)
                    .clipId();
        }

        try (ConfigurableApplicationContext second = start()) {
            TusClient tus = client(second, username);
            assertThat(tus.head(upload).headers().firstValue("Upload-Offset")).hasValue("600000");
            HttpResponse<String> rest = tus.patch(upload, 600_000, bytes, 600_000, bytes.length, null);

            assertThat(rest.statusCode()).as(rest.body()).isEqualTo(204);
            ClipId clip = ClipId.parse(rest.headers().firstValue("Custodian-Clip-Id").orElseThrow());
            assertThat(second.getBean(Ingest.class).clip(clip).orElseThrow().sha256().hex())
                    .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
            try (InputStream back = second.getBean(Footage.class).openRange(earlier, 0, 1000)) {
                assertThat(back.readAllBytes()).isEqualTo(java.util.Arrays.copyOf(bytes, 1000));
            }
        }
    }

    private static TusClient client(ConfigurableApplicationContext context, String username) {
        int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        return new TusClient(port, username, FleetRecords.PASSWORD);
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplication(CustodianApplication.class).run("--server.port=0",
                "--custodian.data-dir=" + dataDir, "--custodian.identity.admin-password=restart-admin-password",
                "--custodian.ingest.min-free-bytes=0", "--logging.level.root=WARN");
    }
}
