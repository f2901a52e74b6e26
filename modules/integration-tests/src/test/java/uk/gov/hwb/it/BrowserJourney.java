package uk.gov.hwb.it;

import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every browser test class shares: the real EAR deployed, its address, one headless Chromium
 * for the class, and a screenshot of what the browser showed when each test ended (named
 * {@code <screens>-end-<test>}, for whoever reads a failure).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class BrowserJourney {

    protected static Browser browser;

    private final String screens;

    @ArquillianResource
    URL base;

    /** @param screens the prefix of this class's screenshots */
    protected BrowserJourney(String screens) {
        this.screens = screens;
    }

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Application.ear();
    }

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @AfterEach
    void lastScreen(TestInfo test) {
        browser.screenshot(screens + "-end-" + test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("test"));
    }

    /** Waits up to 30 seconds, looking again when an ajax update replaced what it was looking at. */
    protected WebDriverWait waiting() {
        return (WebDriverWait) new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class);
    }
}
