package org.custodian.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

/** How the sign-in wait reads what Chromium says about the button of a page it is leaving. */
class BrowserTest {

    @Test
    void anElementStillOnItsPageHasNotBeenReplaced() {
        assertThat(Browser.replaced(element(null))).isFalse();
    }

    @Test
    void aStaleElementOrANodeOutsideTheDocumentMeansThePageWasReplaced() {
        assertThat(Browser.replaced(element(new StaleElementReferenceException("stale element reference")))).isTrue();
        assertThat(Browser.replaced(element(new WebDriverException("unknown error: unhandled inspector error: "
                + "{\"code\":-32000,\"message\":\"Node with given id does not belong to the document\"}")))).isTrue();
    }

    @Test
    void anyOtherFailureIsReported() {
        assertThatThrownBy(() -> Browser.replaced(element(new WebDriverException("chrome not reachable"))))
                .hasMessageContaining("chrome not reachable");
    }

    /** An element whose {@code isEnabled} answers true, or throws {@code failure} when one is given. */
    private static WebElement element(RuntimeException failure) {
        return (WebElement) Proxy.newProxyInstance(BrowserTest.class.getClassLoader(), new Class<?>[] {WebElement.class},
                (proxy, method, args) -> {
                    if (failure != null) {
                        throw failure;
                    }
                    return method.getName().equals("isEnabled") ? Boolean.TRUE : null;
                });
    }
}
