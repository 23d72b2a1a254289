package org.custodian.evidence.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.custodian.audit.AuditEntry;
import org.custodian.audit.AuditLog;
import org.custodian.audit.AuditQuery;
import org.custodian.evidence.ClipId;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In real headless Chromium: an officer finds a clip by time and place, plays and seeks in it, tags it evidential
 * and sees each step in the clip's audit trail; another officer cannot open it, an evidence officer only with a reason.
 */
@CustodianTest
class ClipCatalogueBrowserTest {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    @LocalServerPort
    int port;
    @Autowired
    Ingest ingest;
    @Autowired
    Fleet fleet;
    @Autowired
    CameraCustody custody;
    @Autowired
    Accounts accounts;
    @Autowired
    AuditLog audit;
    @Autowired
    MediaExamination examination;

    @Test
    void anOfficerFindsTheirClipByTimeAndPlacePlaysItTagsItEvidentialAndAnotherCannotOpenItWithoutAReason()
            throws Exception {
        FleetRecords records = new FleetRecords(fleet, custody, accounts);
        CatalogueFixture at = new CatalogueFixture(ingest);
        String smith = records.officer();
        String camera = records.camera();
        ClipId patrol = TestClips.dock(ingest, camera, smith, at.morning,
                TestClips.mp4(camera, at.morning, Duration.ofSeconds(4))).clipId();
        at.track(patrol, at.morning, new double[] { 0, -1500 }, new double[] { 0, 1500 });
        examination.examine(patrol);
        ClipId earlier = at.clip(camera, smith, at.morning.minusSeconds(10_800), 600);
        at.track(earlier, at.morning.minusSeconds(10_800), new double[] { 0, 0 });
        String smithUser = records.user(Role.OFFICER, smith);
        String jonesUser = records.user(Role.OFFICER, records.officer());
        String evidenceUser = records.user(Role.EVIDENCE_OFFICER, null);

        try (Browser browser = Browser.open(port)) {
            browser.signIn(smithUser, FleetRecords.PASSWORD).go("/clips");
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            js.executeScript("document.getElementById('f-from').value = arguments[0];"
                    + "document.getElementById('f-to').value = arguments[1];",
                    LOCAL.format(at.morning.minusSeconds(1800)), LOCAL.format(at.morning.plusSeconds(1800)));
            browser.find(By.id("f-lat")).sendKeys(Double.toString(at.latitude));
            browser.find(By.id("f-lon")).sendKeys(Double.toString(at.longitude));
            browser.find(By.id("f-radius")).sendKeys("250");
            browser.find(By.id("search")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(ExpectedConditions.urlContains("radius=250"));

            assertThat(browser.driver().findElements(By.cssSelector("#clips tbody tr[id^='clip-']")))
                    .extracting(e -> e.getAttribute("id")).containsExactly("clip-" + patrol);

            browser.find(By.cssSelector("#clip-" + patrol + " a.open")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("player")));
            assertThat(browser.path()).isEqualTo("/clips/" + patrol);
            ClipPageBrowserTest.playsAndSeeks(browser, 3);

            new Select(browser.find(By.id("category"))).selectByVisibleText("Evidential");
            browser.find(By.id("title")).sendKeys("Assault at the bus station");
            browser.find(By.id("save-metadata")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));

            assertThat(browser.find(By.id("m-category")).getText()).isEqualTo("Evidential");
            assertThat(browser.find(By.id("m-title")).getText()).isEqualTo("Assault at the bus station");
            // The clip's audit trail on the same page: opened, played, tagged, opened again after saving.
            assertThat(browser.driver().findElements(By.cssSelector("#audit-trail tbody tr")))
                    .extracting(row -> row.findElements(By.tagName("td")).get(2).getText())
                    .contains("clip.viewed", "clip.played", "clip.metadata-changed");
            assertThat(browser.find(By.id("audit-trail")).getText()).contains(smithUser);
        }
        try (Browser browser = Browser.open(port)) {
            browser.signIn(jonesUser, FleetRecords.PASSWORD).go("/clips/" + patrol);
            assertThat(browser.find(By.id("error")).getText()).contains("does not exist");
            assertThat(browser.driver().findElements(By.id("player"))).isEmpty();

            browser.go("/clips/" + patrol + "?reason=Curious");
            assertThat(browser.find(By.id("error")).getText()).contains("does not exist");
        }
        try (Browser browser = Browser.open(port)) {
            browser.signIn(evidenceUser, FleetRecords.PASSWORD).go("/clips/" + patrol);
            assertThat(browser.find(By.id("error")).getText()).contains("say why you are opening it");
            assertThat(browser.driver().findElements(By.id("player"))).isEmpty();

            browser.find(By.id("reason")).sendKeys("Complaint 2026/114");
            browser.find(By.id("open-with-reason")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("player")));
            ClipPageBrowserTest.playsAndSeeks(browser, 1);
        }
        List<AuditEntry> trail = audit.find(AuditQuery.forSubject("clip", patrol.toString()));
        assertThat(trail).extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::outcome).contains(
                tuple(smithUser, "clip.viewed", "SUCCEEDED"), tuple(smithUser, "clip.played", "SUCCEEDED"),
                tuple(smithUser, "clip.metadata-changed", "SUCCEEDED"), tuple(jonesUser, "clip.viewed", "DENIED"),
                tuple(evidenceUser, "clip.viewed", "DENIED"));
        assertThat(trail).filteredOn(e -> e.actor().equals(evidenceUser) && e.outcome().equals("SUCCEEDED"))
                .extracting(AuditEntry::action, AuditEntry::reason)
                .contains(tuple("clip.viewed", "Complaint 2026/114"), tuple("clip.played", "Complaint 2026/114"));
    }
}
