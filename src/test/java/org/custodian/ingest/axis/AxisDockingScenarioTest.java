package org.custodian.ingest.axis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodian.ingest.axis.AxisCamera.headers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.custodian.audit.AuditEntry;
import org.custodian.audit.AuditLog;
import org.custodian.audit.AuditQuery;
import org.custodian.evidence.ClipCatalogue;
import org.custodian.evidence.TrackPoint;
import org.custodian.ingest.ClipSummary;
import org.custodian.ingest.Ingest;
import org.custodian.support.Api;
import org.custodian.support.CustodianTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * One shift's recording docked exactly as an Axis body worn system sends it, from sign-in to
 * {@code Status: Complete}, and found in Custodian with the right hash, officer and camera. Runs on H2
 * here and on PostgreSQL in {@link AxisDockingScenarioPostgresTest}.
 */
@CustodianTest
@TestPropertySource(properties = "custodian.axis.key=" + AxisProtocolTests.KEY)
class AxisDockingScenarioTest {

    @LocalServerPort
    int port;
    @Autowired
    AuditLog audit;
    @Autowired
    ClipCatalogue catalogue;
    @Autowired
    Ingest ingest;

    @Test
    void aDockedRecordingArrivesWholeAttributedAndLinked() throws IOException {
        AxisCamera camera = AxisCamera.at(port);
        AxisFixtures fleet = new AxisFixtures(port);
        assertThat(camera.signIn("axis", AxisProtocolTests.KEY).status()).isEqualTo(200);

        AxisCamera.Reply capability = camera.get("System/Capability.json");
        assertThat(capability.header("ETag")).isEqualTo(Footage.md5(capability.body()));

        Recording recording = Recording.registered(camera, fleet);
        Instant start = recording.triggerOn();
        assertThat(camera.put(recording.container(), headers("X-Container-Meta-Bwcserialnumber", recording.serial(),
                "X-Container-Meta-Userid", recording.userId(), "X-Container-Meta-Triggeron", "Button",
                "X-Container-Meta-Triggerontime", Long.toString(start.getEpochSecond()),
                "X-Container-Meta-Triggerontimeiso", start.toString(), "X-Container-Meta-Bwcmodel", "W110",
                "X-Container-Meta-Firmwareversion", "11.2.79", "X-Container-Meta-Status", "Transferring"))
                .status()).isEqualTo(201);

        byte[] first = Footage.filmed(recording.serial(), start);
        byte[] second = Footage.filmed(recording.serial(), start.plusSeconds(2));
        assertThat(putClip(camera, recording, start, first).status()).isEqualTo(201);
        assertThat(putClip(camera, recording, start.plusSeconds(2), second).status()).isEqualTo(201);

        byte[] track = ("{\"CoordinateEntries\":["
                + "{\"LocationWKT\":\"POINT(-0.1276 51.5072)\",\"SecondsFromStart\":0.5,\"Timestamp\":\"" + start.plusMillis(500) + "\"},"
                + "{\"LocationWKT\":\"POINT(-0.1278 51.5074)\",\"SecondsFromStart\":3.0}]}").getBytes(StandardCharsets.UTF_8);
        String trackName = start.getEpochSecond() + "_4711_" + recording.serial() + "_gpstrail.json";
        assertThat(camera.put(recording.container() + "/" + trackName, headers("ETag", Footage.md5(track),
                "X-Object-Meta-Filetype", "json"), track).status()).isEqualTo(201);
        byte[] note = "Suspect detained, property recovered".getBytes(StandardCharsets.UTF_8);
        assertThat(camera.put(recording.container() + "/bookmark_" + start.getEpochSecond() + "_1", headers("ETag",
                Footage.md5(note), "X-Object-Meta-Categoryname", "Arrest", "X-Object-Meta-Tags", "TriggerOn:Button",
                "X-Object-Meta-Starttime", start.plusSeconds(3).toString()), note).status()).isEqualTo(201);

        assertThat(camera.post(recording.container(), headers("X-Container-Meta-Status", "Complete")).status())
                .isEqualTo(204);

        List<ClipSummary> held = clips().ofCamera(recording.serial());
        assertThat(held).extracting(c -> c.sha256().hex())
                .containsExactlyInAnyOrder(Footage.sha256(first), Footage.sha256(second));
        assertThat(held).allSatisfy(c -> {
            assertThat(c.officerCollar()).isEqualTo(recording.officer());
            assertThat(c.cameraSerial()).isEqualTo(recording.serial());
            assertThat(c.source()).isEqualTo("axis");
        });
        JsonNode listed = Api.at(port).admin().get("/api/v1/clips?camera=" + recording.serial()).json();
        assertThat(listed).hasSize(2).allSatisfy(c -> {
            assertThat(c.get("camera").asString()).isEqualTo(recording.serial());
            assertThat(c.get("officer").asString()).isEqualTo(recording.officer());
        });
        assertThat(listed.findValuesAsString("sha256"))
                .containsExactlyInAnyOrder(Footage.sha256(first), Footage.sha256(second));
        ClipSummary firstClip = held.stream().filter(c -> c.sha256().hex().equals(Footage.sha256(first))).findFirst()
                .orElseThrow();
        ClipSummary secondClip = held.stream().filter(c -> c.sha256().hex().equals(Footage.sha256(second))).findFirst()
                .orElseThrow();
        assertThat(firstClip.startedAt()).isEqualTo(start);
        assertThat(firstClip.endedAt()).isEqualTo(start.plusSeconds(2));
        assertThat(firstClip.sourceReference()).isEqualTo(recording.container() + "/" + start.getEpochSecond() + "_4711.mp4");
        assertThat(clips().track(firstClip.id())).containsExactly(
                new TrackPoint(start.plusMillis(500), 51.5072, -0.1276));
        assertThat(clips().track(secondClip.id())).containsExactly(
                new TrackPoint(start.plusSeconds(3), 51.5074, -0.1278));
        assertThat(clips().bookmarks(secondClip.id())).singleElement().satisfies(b -> {
            assertThat(b.at()).isEqualTo(start.plusSeconds(3));
            assertThat(b.text()).isEqualTo("Suspect detained, property recovered");
            assertThat(b.category()).isEqualTo("Arrest");
            assertThat(b.tags()).isEqualTo("TriggerOn:Button");
        });
        assertThat(clips().bookmarks(firstClip.id())).isEmpty();
        assertThat(actions("clip", secondClip.id().toString())).contains("clip.track-attached", "clip.bookmarked");
        assertThat(actions("axis-recording", recording.container())).contains("axis.recording-completed");
    }

    static AxisCamera.Reply putClip(AxisCamera camera, Recording recording, Instant start, byte[] clip) {
        return camera.put(recording.container() + "/" + start.getEpochSecond() + "_4711.mp4", headers(
                "ETag", Footage.md5(clip), "X-Object-Meta-Starttime", Long.toString(start.getEpochSecond()),
                "X-Object-Meta-Starttimeiso", start.toString(),
                "X-Object-Meta-Stoptime", Long.toString(start.getEpochSecond() + 2),
                "X-Object-Meta-Stoptimeiso", start.plusSeconds(2).toString(), "X-Object-Meta-Containertype", "mp4"),
                clip);
    }

    private Clips clips() {
        return new Clips(port, catalogue, ingest);
    }

    private List<String> actions(String subjectType, String subjectId) {
        return audit.find(AuditQuery.forSubject(subjectType, subjectId)).stream().map(AuditEntry::action).toList();
    }
}
