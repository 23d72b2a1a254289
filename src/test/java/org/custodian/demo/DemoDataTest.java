package org.custodian.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.custodian.support.Api;
import org.custodian.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The README's start command: the demo profile loads a fleet and one user per role. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class DemoDataTest {

    @LocalServerPort
    int port;

    @Test
    void demoFleetHasEveryMetUnitWithRolloutProgress() {
        Api.Response rollout = Api.at(port).as("supervisor", "supervisor-demo-password").get("/api/v1/rollout");
        assertThat(rollout.status()).isEqualTo(200);
        assertThat(rollout.body()).contains("Westminster").contains("Territorial Support Group");
        Api.Response units = Api.at(port).as("auditor", "auditor-demo-password").get("/api/v1/units");
        assertThat(units.json().size()).isEqualTo(37);
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
}
