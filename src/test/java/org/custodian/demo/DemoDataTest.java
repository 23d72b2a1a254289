package org.custodian.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.custodian.evidence.ClipCatalogue;
import org.custodian.evidence.ClipId;
import org.custodian.support.Api;
import org.custodian.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;

/** The README's start command: the demo profile loads a fleet, one user per role and docked footage. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class DemoDataTest {

    // Filming six short clips and docking them takes seconds; a busy two-core machine may take much longer.
    private static final Duration FOOTAGE_TIMEOUT = Duration.ofMinutes(4);

    @LocalServerPort
    int port;
    @Autowired
    ClipCatalogue catalogue;
    @Autowired
    DemoFootage footage;

    @Test
    void demoFleetHasEveryMetUnitWithRolloutProgress() {
        Api.Response rollout = Api.at(port).as("supervisor", "supervisor-demo-password").get("/api/v1/rollout");
        assertThat(rollout.status()).isEqualTo(200);
        assertThat(rollout.body()).contains("Westminster").contains("Territorial Support Group");
        Api.Response units = Api.at(port).as("auditor", "auditor-demo-password").get("/api/v1/units");
        assertThat(units.json().size()).isEqualTo(37);
    }

    @Test
    void demoHasFootageDockedByThreeWestminsterOfficersWithTheirTracks() throws InterruptedException {
        Api supervisor = Api.at(port).as("supervisor", "supervisor-demo-password");
        for (int i = 0; i < DemoShift.COLLARS.size(); i++) {
            String camera = DemoShift.cameraOf(i);
            // Docking runs in the background after start-up, so wait for it, boundedly.
            JsonNode clips = awaitClips(supervisor, camera, DemoShift.CLIPS_EACH);
            assertThat(clips).as(camera).hasSize(DemoShift.CLIPS_EACH);
            for (JsonNode clip : clips) {
                assertThat(clip.get("officer").asString()).isEqualTo(DemoShift.COLLARS.get(i));
                assertThat(clip.get("status").asString()).isEqualTo("STORED");
                assertThat(clip.get("source").asString()).isEqualTo("axis");
                // Tracks are linked when the recording completes, just after its clips are listed.
                assertThat(awaitTrack(ClipId.parse(clip.get("id").asString()))).as("GNSS track").isNotEmpty();
            }
        }
        assertThat(footage.officersWithoutFootage()).as("officers a restart would film for again").isEmpty();
    }

    @Test
    void everyDemoUserCanSignIn() {
        for (DemoUsers.DemoUser demo : DemoUsers.all()) {
            Api.Response me = Api.at(port).as(demo.user().username(), demo.password()).get("/api/v1/me");
            assertThat(me.status()).as(demo.user().username()).isEqualTo(200);
        }
    }

    @Test
    void officerSignsInInTheBrowserAndSeesTheFleet() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("officer", "officer-demo-password");
            assertThat(browser.find(By.id("home-officer")).getText()).contains("PC4821");
            browser.driver().findElement(By.linkText("Units")).click();
            String westminster = browser.find(By.id("unit-CW")).getText();
            assertThat(westminster).contains("Westminster").contains("12");
            browser.driver().findElement(By.linkText("Cameras")).click();
            assertThat(browser.find(By.id("cameras")).getText()).contains("AXW110-CW-100");
        }
    }

    private java.util.List<?> awaitTrack(ClipId clip) throws InterruptedException {
        long deadline = System.nanoTime() + FOOTAGE_TIMEOUT.toNanos();
        java.util.List<?> track = catalogue.track(clip);
        while (track.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(250);
            track = catalogue.track(clip);
        }
        return track;
    }

    private static JsonNode awaitClips(Api api, String camera, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + FOOTAGE_TIMEOUT.toNanos();
        JsonNode clips = api.get("/api/v1/clips?camera=" + camera).json();
        while (clips.size() < expected && System.nanoTime() < deadline) {
            Thread.sleep(500);
            clips = api.get("/api/v1/clips?camera=" + camera).json();
        }
        return clips;
    }
}
