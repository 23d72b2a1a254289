package org.custodian.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The camera-system side of the Axis API against a strict fake Swift server that misbehaves on cue. */
class AxisClientTest extends FakeSwiftServerTest {

    private static final Instant TRIGGER = DockedRecording.TRIGGER;
    private static final Officer OFFICER = DockedRecording.OFFICER;
    private static final Camera CAMERA = DockedRecording.CAMERA;

    @Test
    void docksARecordingInTheSpecOrderThroughBusyDroppedConnectionAndChecksumRefusal() throws Exception {
        server.answerOnce(r -> r.equals("PUT " + container()), 503, "1");
        server.dropOnce(r -> r.equals("PUT " + clipName(first)), 40_000);
        server.answerOnce(r -> r.equals("PUT " + clipName(second)), 422, null);
        register();

        client.upload(recording());

        String gnss = container() + "/" + DockedRecording.GNSS_TRACK + ".json";
        String bookmark = container() + "/bookmark_" + TRIGGER.plusSeconds(3).getEpochSecond() + "_1";
        assertThat(server.seen().stream().filter(s -> !s.method().equals("GET"))
                .map(s -> s.request() + " " + s.status()))
                .containsExactly(
                        "PUT Users/" + OFFICER.userId() + " 201", "PUT Devices/" + CAMERA.serial() + " 201",
                        "PUT " + container() + " 503", "PUT " + container() + " 201",
                        "PUT " + clipName(first) + " -1", "PUT " + clipName(first) + " 201",
                        "PUT " + clipName(second) + " 422", "PUT " + clipName(second) + " 201",
                        "PUT " + gnss + " 201", "PUT " + bookmark + " 201",
                        "PUT " + container() + "/bookmark_" + TRIGGER.plusSeconds(6).getEpochSecond() + "_2 201",
                        "POST " + container() + " 204");
        List<SeenRequest> containerPuts = server.seen().stream()
                .filter(s -> s.request().equals("PUT " + container())).toList();
        assertThat(Duration.ofNanos(containerPuts.get(1).nanoTime() - containerPuts.get(0).nanoTime()))
                .as("waited as Retry-After said").isGreaterThanOrEqualTo(Duration.ofMillis(950));

        assertThat(server.stored(clipName(first)).body()).isEqualTo(Files.readAllBytes(first.file()));
        assertThat(server.stored(clipName(second)).body()).isEqualTo(Files.readAllBytes(second.file()));
        assertThat(server.stored(clipName(second)).metadata()).containsEntry("containertype", "mp4")
                .containsEntry("starttime", Long.toString(second.startedAt().getEpochSecond()))
                .containsEntry("starttimeiso", "2025-03-14T22:15:04Z")
                .containsEntry("stoptime", Long.toString(second.stoppedAt().getEpochSecond()))
                .containsEntry("stoptimeiso", "2025-03-14T22:15:07Z");
        assertThat(server.stored(container()).metadata()).containsEntry("status", "Complete")
                .containsEntry("bwcserialnumber", CAMERA.serial()).containsEntry("scuserialnumber", "SCU-00017")
                .containsEntry("userid", OFFICER.userId().toString()).containsEntry("bwcmodel", "W110")
                .containsEntry("firmwareversion", "11.9.60").containsEntry("triggeron", "Button")
                .containsEntry("triggerontime", Long.toString(TRIGGER.getEpochSecond()))
                .containsEntry("triggerontimeiso", "2025-03-14T22:15:00Z")
                .containsEntry("triggerofftimeiso", "2025-03-14T22:15:07Z")
                .containsKey("triggeronlocation");
        assertThat(GnssTrack.fromAxisJson(new String(server.stored(gnss).body(), StandardCharsets.UTF_8), TRIGGER))
                .isEqualTo(recording().track());
        assertThat(server.stored(gnss).metadata()).containsEntry("filetype", "json");
        assertThat(new String(server.stored(bookmark).body(), StandardCharsets.UTF_8)).isEqualTo("Suspect ran; café");
        assertThat(server.stored(bookmark).metadata()).containsEntry("tags", "TriggerOn:Button;Reason:S1 PACE")
                .containsEntry("categoryname", "Stop and search").containsEntry("categoryid", "7")
                .containsEntry("starttime", "2025-03-14T22:15:03Z").containsEntry("endtime", "2025-03-14T22:15:05Z");
        assertThat(server.stored("Users/" + OFFICER.userId()).metadata()).containsEntry("name", "PC Amira Khan")
                .containsEntry("userid", "4521CW").containsEntry("active", "True");
        assertThat(server.stored("Devices/" + CAMERA.serial()).metadata())
                .containsEntry("name", "Camera 17, Charing Cross").containsEntry("model", "W110");

        TransferStats stats = client.stats();
        assertThat(stats.objectsSent()).isEqualTo(5);
        assertThat(stats.bytesSent()).isGreaterThan(first.sizeBytes() + second.sizeBytes());
        assertThat(stats.busyWaits()).isEqualTo(1);
        assertThat(stats.connectionFailures()).isEqualTo(1);
        assertThat(stats.checksumRefusals()).isEqualTo(1);
        assertThat(stats.retries()).isEqualTo(3);
    }

    @Test
    void logsInAgainWhenTheTokenExpires() {
        register();
        server.expireTokens();

        client.upload(recording());

        assertThat(server.seen()).filteredOn(s -> s.path().equals("/auth/v1.0")).hasSize(2);
        assertThat(server.completedContainers()).containsExactly(container());
        assertThat(client.stats().reauthentications()).isEqualTo(1);
    }

    @Test
    void aPreparedUploadSendsNothingUntilItRuns() {
        register();
        int seen = server.seen().size();

        RecordingUpload upload = client.prepare(recording());

        assertThat(server.seen()).hasSize(seen);
        upload.run();
        assertThat(server.completedContainers()).containsExactly(container());
        assertThat(server.seen().subList(seen, server.seen().size())).extracting(SeenRequest::request)
                .contains("PUT " + clipName(first), "PUT " + clipName(second),
                        "PUT " + container() + "/" + DockedRecording.GNSS_TRACK + ".json");
    }
}
