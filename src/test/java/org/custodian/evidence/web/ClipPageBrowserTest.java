package org.custodian.evidence.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.custodian.audit.AuditEntry;
import org.custodian.audit.AuditLog;
import org.custodian.audit.AuditQuery;
import org.custodian.evidence.ClipCatalogue;
import org.custodian.evidence.ClipId;
import org.custodian.evidence.TrackPoint;
import org.custodian.evidence.media.MediaExamination;
import org.custodian.evidence.media.TestClips;
import org.custodian.fleet.CameraCustody;
import org.custodian.fleet.Fleet;
import org.custodian.identity.Accounts;
import org.custodian.identity.Role;
import org.custodian.ingest.Ingest;
import org.custodian.support.Browser;
import org.custodian.support.CustodianTest;
import org.custodian.support.FleetRecords;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** An officer opens their clip's page in real Chromium, plays it from the encrypted store and seeks in it. */
@CustodianTest
@TestPropertySource(properties = "custodian.map.tile-url=http://127.0.0.1:9/{z}/{x}/{y}.png")
class ClipPageBrowserTest {

    static final Instant FILMED = Instant.parse("2026-11-22T14:00:00Z");

    @LocalServerPort
    int port;
    @Autowired
    Ingest ingest;
    @Autowired
    MediaExamination examination;
    @Autowired
    ClipCatalogue catalogue;
    @Autowired
    AuditLog audit;
    @Autowired
    Fleet fleet;
    @Autowired
    CameraCustody custody;
    @Autowired
    Accounts accounts;

    @Test
    void anOfficerPlaysTheirClipSeeksInItAndSeesItsTrack() throws Exception {
        FleetRecords records = new FleetRecords(fleet, custody, accounts);
        String camera = records.camera();
        String collar = records.officer();
        String officer = records.user(Role.OFFICER, collar);
        ClipId clip = TestClips.dock(ingest, camera, collar, FILMED, TestClips.mp4(camera, FILMED, Duration.ofSeconds(4)))
                .clipId();
        catalogue.replaceTrack(clip, List.of(new TrackPoint(FILMED, 51.5007, -0.1246),
                new TrackPoint(FILMED.plusSeconds(2), 51.5011, -0.1240), new TrackPoint(FILMED.plusSeconds(4), 51.5015, -0.1251)));
        examination.examine(clip);

        try (Browser browser = Browser.open(port)) {
            browser.signIn(officer, FleetRecords.PASSWORD).go("/clips/" + clip);
            assertThat(browser.find(By.cssSelector("#track-drawing polyline")).getAttribute("points")).contains(",");
            assertThat(browser.find(By.cssSelector("#map.leaflet-container path.leaflet-interactive"))).isNotNull();
            assertThat(browser.find(By.id("media-facts")).getText()).contains("h264").contains("320×240");
            playsAndSeeks(browser, 3);
        }
        assertThat(audit.find(AuditQuery.forSubject("clip", clip.toString()))).filteredOn(
                e -> e.actor().equals(officer)).extracting(AuditEntry::action).contains("clip.viewed", "clip.played");
    }

    @Test
    void aClipBrowsersCannotPlayIsPlayedFromItsRenditionWithTheReasonItWasOpenedWith() throws Exception {
        FleetRecords records = new FleetRecords(fleet, custody, accounts);
        String camera = records.camera();
        String evidenceOfficer = records.user(Role.EVIDENCE_OFFICER, null);
        ClipId clip = TestClips.dock(ingest, camera, null, FILMED, TestClips.mkvMjpeg(Duration.ofSeconds(3))).clipId();
        examination.examine(clip);

        try (Browser browser = Browser.open(port)) {
            browser.signIn(evidenceOfficer, FleetRecords.PASSWORD).go("/clips/" + clip + "?reason=Case%20file%2077");
            assertThat(browser.find(By.cssSelector("#player source")).getAttribute("src"))
                    .endsWith("?rendition=playable&reason=Case%20file%2077");
            assertThat(browser.find(By.id("track")).getText()).contains("No GNSS track");
            playsAndSeeks(browser, 2);
        }
        assertThat(audit.find(AuditQuery.forSubject("clip", clip.toString()))).filteredOn(
                e -> e.action().equals("clip.played")).singleElement().satisfies(e -> {
                    assertThat(e.details()).contains("playable");
                    assertThat(e.reason()).isEqualTo("Case file 77");
                });
    }

    /** The video reaches HAVE_CURRENT_DATA (2) or better, and a seek to {@code seconds} completes. */
    static void playsAndSeeks(Browser browser, double seconds) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(30));

        Object ready = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const video = document.getElementById('player');
                video.muted = true;
                video.play().catch(() => {});
                (function wait() {
                  if (video.error) { done('error ' + video.error.code + ' ' + video.error.message); }
                  else if (video.readyState >= 2) { video.pause(); done(video.readyState); }
                  else { setTimeout(wait, 100); }
                })();
                """);
        assertThat(ready).as("readyState, or the media error").isIn(2L, 3L, 4L);

        Object seeked = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const video = document.getElementById('player');
                video.addEventListener('seeked', () => done(video.currentTime), {once: true});
                video.addEventListener('error', () => done('error ' + video.error.code), {once: true});
                video.currentTime = arguments[0];
                """, seconds);
        assertThat(seeked).as("the seek, or the media error").isInstanceOf(Number.class);
        assertThat(((Number) seeked).doubleValue()).isBetween(seconds - 0.5, seconds + 0.5);
    }
}
