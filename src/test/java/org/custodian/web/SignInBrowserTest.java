package org.custodian.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.custodian.support.Browser;
import org.custodian.support.CustodianTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

@CustodianTest
class SignInBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void wrongPasswordStaysOnSignInWithAMessage() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("admin", "not-the-password");
            assertThat(browser.find(By.cssSelector("[role=alert]")).getText()).contains("not right");
            assertThat(browser.path()).startsWith("/login");
        }
    }

    @Test
    void administratorSignsInAndSeesTheirHomePage() {
        try (Browser browser = Browser.open(port)) {
            browser.go("/").signIn("admin", "test-admin-password");
            assertThat(browser.find(By.tagName("h1")).getText()).contains("Administrator");
            assertThat(browser.find(By.id("home-admin")).getText()).contains("Fleet");
        }
    }
}
