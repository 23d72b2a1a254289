package org.custodian.retention.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.custodian.evidence.ClipId;
import org.custodian.identity.Role;
import org.custodian.retention.Holds;
import org.custodian.support.Browser;
import org.custodian.support.CustodianTest;
import org.custodian.support.FleetRecords;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** A supervisor places a hold on their unit's clip from its page in real Chromium, then releases it from Holds. */
@CustodianTest
class HoldsPageBrowserTest extends RetentionPagesTest {

    @Autowired
    Holds holds;

    @Test
    void aSupervisorPlacesAHoldOnTheClipPageAndReleasesItFromTheHoldsPage() throws Exception {
        ClipId clip = RetentionPages.dock(ingest, records.camera(), records.officer(), 20);
        String supervisor = records.user(Role.SUPERVISOR, null, records.unit());

        try (Browser browser = Browser.open(port)) {
            browser.signIn(supervisor, FleetRecords.PASSWORD).go("/clips/" + clip);
            new Select(browser.find(By.id("hold-kind"))).selectByValue("COMPLAINT");
            browser.find(By.id("hold-reference")).sendKeys("CO/2026/88");
            browser.find(By.id("hold-reason")).sendKeys("Complaint about the search");
            browser.find(By.id("place-hold")).click();

            assertThat(browser.find(By.id("retention-notice")).getText()).contains("Hold placed (COMPLAINT CO/2026/88)");
            assertThat(browser.find(By.id("r-state")).getText()).contains("HELD");
            long hold = holds.inForce(clip).get(0).id();
            assertThat(browser.find(By.id("hold-" + hold)).getText()).contains("CO/2026/88", supervisor);

            browser.go("/retention/holds");
            browser.find(By.cssSelector("#release-" + hold + " input[name=reason]")).sendKeys("Complaint resolved");
            browser.find(By.cssSelector("#release-" + hold + " button")).click();

            assertThat(browser.find(By.id("notice")).getText()).contains("Hold " + hold + " (COMPLAINT) released");
            assertThat(browser.driver().findElements(By.id("hold-" + hold))).isEmpty();
            assertThat(browser.path()).isEqualTo("/retention/holds");
        }
        assertThat(holds.inForce(clip)).isEmpty();
        assertThat(RetentionPages.actions(audit, supervisor, "clip", clip.toString()))
                .contains("clip.hold-placed SUCCEEDED", "clip.hold-released SUCCEEDED");
    }
}
