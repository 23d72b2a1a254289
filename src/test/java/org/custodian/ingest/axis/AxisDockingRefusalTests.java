package org.custodian.ingest.axis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodian.ingest.axis.AxisCamera.headers;

import java.time.Instant;
import java.util.Arrays;

import org.custodian.evidence.ClipCatalogue;
import org.custodian.ingest.Ingest;
import org.custodian.support.CustodianTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** What a dock sends wrongly is refused with the spec's status code, and nothing of it is kept. */
@CustodianTest
@TestPropertySource(properties = "custodian.axis.key=" + AxisProtocolTests.KEY)
class AxisDockingRefusalTests {

    @LocalServerPort
    int port;
    @Autowired
    ClipCatalogue catalogue;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Ingest ingest;

    AxisCamera camera;
    Recording recording;
    Clips clips;

    @BeforeEach
    void recordingUnderWay() {
        clips = new Clips(port, catalogue, ingest);
        camera = AxisCamera.at(port);
        camera.signIn("axis", AxisProtocolTests.KEY);
        recording = Recording.registered(camera, new AxisFixtures(port));
        assertThat(camera.put(recording.container(), headers("X-Container-Meta-Status", "Transferring")).status())
                .isEqualTo(201);
    }

    @Test
    void refusesAClipWhoseETagDiffersWith422AndStoresNothing() {
        byte[] clip = Footage.clip(1);
        AxisCamera.Reply reply = camera.put(recording.container() + "/1_1.mp4", headers("ETag", Footage.md5(new byte[1]),
                "X-Object-Meta-Starttime", epoch(recording.triggerOn()), "X-Object-Meta-Stoptime",
                epoch(recording.triggerOn().plusSeconds(2))), clip);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertNothingStored();
    }

    @Test
    void storesNothingFromABodyCutShortOfItsContentLength() throws Exception {
        byte[] clip = Footage.clip(1);
        int status = RawHttp.send(port, RawHttp.request("PUT", "/v1/AUTH_axis/" + recording.container() + "/1_1.mp4",
                camera.token(), "Content-Length: " + clip.length, "ETag: " + Footage.md5(clip),
                "X-Object-Meta-Starttime: " + epoch(recording.triggerOn()),
                "X-Object-Meta-Stoptime: " + epoch(recording.triggerOn().plusSeconds(2))),
                Arrays.copyOf(clip, clip.length / 2));
        assertThat(status).as("400, or the connection closed without an answer").isIn(400, -1);
        assertNothingStored();
    }

    @Test
    void refusesClipsWithoutDurationOrAtImpossibleTimesWith400() {
        Instant start = recording.triggerOn();
        assertRefused(start, start);
        assertRefused(start, start.minusSeconds(1));
        assertRefused(Instant.parse("1999-12-31T23:59:00Z"), Instant.parse("1999-12-31T23:59:02Z"));
        Instant future = Instant.now().plus(java.time.Duration.ofDays(3));
        assertRefused(future, future.plusSeconds(2));
        assertNothingStored();
    }

    @Test
    void keepsOneClipWhenTheSameObjectIsDockedAgain() {
        byte[] clip = Footage.clip(2);
        assertThat(AxisDockingScenarioTest.putClip(camera, recording, recording.triggerOn(), clip).status()).isEqualTo(201);
        assertThat(AxisDockingScenarioTest.putClip(camera, recording, recording.triggerOn(), clip).status()).isEqualTo(201);
        assertThat(clips.ofCamera(recording.serial())).singleElement()
                .satisfies(c -> assertThat(c.sha256().hex()).isEqualTo(Footage.sha256(clip)));
    }

    @Test
    void attributesAClipOfAnUnlinkedUserToWhoeverHeldTheCamera() {
        AxisFixtures fleet = new AxisFixtures(port);
        String holder = fleet.officer();
        assertThat(fleet.admin.post("/api/v1/cameras/" + recording.serial() + "/assignments", java.util.Map.of(
                "officer", holder, "from", recording.triggerOn().minusSeconds(3600).toString(),
                "to", recording.triggerOn().plusSeconds(3600).toString())).status()).isEqualTo(201);
        String visitor = java.util.UUID.randomUUID().toString();
        assertThat(camera.put("Users/" + visitor, headers("X-Object-Meta-Name", "Agency%20staff",
                "X-Object-Meta-Userid", "NOTACOLLAR")).status()).isEqualTo(201);
        Recording unlinked = new Recording(null, visitor, recording.serial(), recording.triggerOn());
        assertThat(camera.put(unlinked.container(), headers()).status()).isEqualTo(201);
        byte[] clip = Footage.clip(1);
        assertThat(AxisDockingScenarioTest.putClip(camera, unlinked, unlinked.triggerOn(), clip).status()).isEqualTo(201);
        assertThat(clips.ofCamera(recording.serial())).singleElement()
                .satisfies(c -> assertThat(c.officerCollar()).isEqualTo(holder));
    }

    private void assertRefused(Instant start, Instant stop) {
        byte[] clip = Footage.clip(1);
        AxisCamera.Reply reply = camera.put(recording.container() + "/" + start.getEpochSecond() + "_9.mp4",
                headers("ETag", Footage.md5(clip), "X-Object-Meta-Starttime", epoch(start), "X-Object-Meta-Stoptime",
                        epoch(stop)), clip);
        assertThat(reply.status()).as(start + " to " + stop + ": " + reply).isEqualTo(400);
    }

    private void assertNothingStored() {
        assertThat(clips.ofCamera(recording.serial())).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM axis_object WHERE container_name = ?").param(recording.container())
                .query(Long.class).single()).isZero();
    }

    private static String epoch(Instant instant) {
        return Long.toString(instant.getEpochSecond());
    }
}
