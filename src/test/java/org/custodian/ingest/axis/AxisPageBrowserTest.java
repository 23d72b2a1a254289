package org.custodian.ingest.axis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.custodian.identity.Accounts;
import org.custodian.identity.Role;
import org.custodian.identity.StaffUser;
import org.custodian.support.Browser;
import org.custodian.support.CustodianTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

@CustodianTest
@TestPropertySource(properties = {"custodian.axis.key=" + AxisProtocolTests.KEY, "custodian.axis.site-name=Met North"})
class AxisPageBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;

    @Test
    void administratorDownloadsTheConnectionFileFromTheAxisPage() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("admin", "test-admin-password").go("/ingest/axis");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Axis body worn system");
            assertThat(browser.find(By.id("axis-settings")).getText()).contains("Met North")
                    .contains("http://localhost:" + port + "/auth/v1.0");
            assertThat(browser.find(By.id("download-connection-file")).getAttribute("href"))
                    .endsWith("/api/v1/axis/connection-file");
            Object user = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(document.getElementById('download-connection-file').href)
                        .then(r => r.json()).then(f => done(f.BlobAPIUserName)).catch(e => done('failed: ' + e));""");
            assertThat(user).isEqualTo("axis");
        }
    }

    @Test
    void otherRolesAreTurnedAway() {
        String name = AxisFixtures.unique("axis-page-", 20).toLowerCase();
        accounts.create(new StaffUser(name, "Supervisor", Set.of(Role.SUPERVISOR), null, null, true), "axis-page-pass1");
        try (Browser browser = Browser.open(port)) {
            browser.signIn(name, "axis-page-pass1").go("/ingest/axis");
            assertThat(browser.driver().getPageSource()).doesNotContain("download-connection-file");
            assertThat(browser.driver().findElements(By.linkText("Axis"))).isEmpty();
        }
    }
}
