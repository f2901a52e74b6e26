package uk.gov.hwb.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromedriver (never a downloaded browser), with
 * screenshots saved under target/screenshots for people to look at, and the accessibility check
 * every screen test uses: {@link #assertAccessible(String)} runs axe-core with the WCAG 2.0, 2.1
 * and 2.2 A and AA rules on the page as it is, no rule disabled and no element excluded.
 */
public final class Browser implements AutoCloseable {

    /** The desktop the screens are designed for first: the primary actions of a page fit in it. */
    public static final Dimension DESKTOP = new Dimension(1366, 900);
    /** A phone: everything fits its width without sideways scrolling. */
    public static final Dimension PHONE = new Dimension(390, 844);
    /** The axe-core rule tags the checks run: every WCAG 2.0, 2.1 and 2.2 level A and AA rule. */
    public static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final WebDriver driver;
    private final Path screenshots;
    private String axe;

    public Browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("hwb.chromium", "/usr/bin/chromium"));
        try {
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                    "--no-first-run", "--lang=en-GB", "--window-size=" + DESKTOP.width + "," + DESKTOP.height,
                    "--user-data-dir=" + Files.createTempDirectory("hwb-chromium"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The browser console (errors, Content-Security-Policy violations) can be read back by tests.
        options.setCapability("goog:loggingPrefs", java.util.Map.of(org.openqa.selenium.logging.LogType.BROWSER, "ALL"));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-GB,en"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("hwb.chromedriver", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        // A page takes seconds; a server that stops answering fails the test in a minute, not Selenium's five.
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        resize(DESKTOP);
        screenshots = Path.of(System.getProperty("hwb.screenshots", "target/screenshots"));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
        awaitPageReady();
    }

    public void awaitPageReady() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
                "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Waits until no PrimeFaces ajax request is running (or PrimeFaces is not on the page). */
    public void awaitAjax() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty()")));
    }

    public void await(By locator) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    public void signIn(java.net.URL base, String username) {
        open(base + "login.xhtml");
        driver.findElement(By.id("loginForm:username")).sendKeys(username);
        driver.findElement(By.cssSelector("#loginForm\\:password input, input#loginForm\\:password")).sendKeys(Api.DEMO_PASSWORD);
        driver.findElement(By.id("loginForm:signInButton")).click();
        await(By.id("userForm:signOut"));
    }

    public void signOut() {
        driver.findElement(By.id("userForm:signOut")).click();
        await(By.id("signIn"));
    }

    public void resize(Dimension size) {
        driver.manage().window().setSize(size);
        // The window's outer size includes no chrome when headless; make the viewport exact all the same.
        Object inner = script("return [window.innerWidth, window.innerHeight]");
        if (inner instanceof List<?> wh && wh.size() == 2) {
            int dw = size.width - ((Number) wh.get(0)).intValue();
            int dh = size.height - ((Number) wh.get(1)).intValue();
            if (dw != 0 || dh != 0) {
                driver.manage().window().setSize(new Dimension(size.width + dw, size.height + dh));
            }
        }
    }

    public Path screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            Path target = screenshots.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Screenshots of the page at 1366 px and at 390 px ({@code name-1366.png}, {@code name-390.png}),
     * asserting on the way that the phone layout needs no sideways scrolling; ends at the desktop size.
     */
    public void screenshots(String name) {
        screenshot(name + "-1366");
        resize(PHONE);
        try {
            Number width = (Number) script("return document.documentElement.scrollWidth");
            screenshot(name + "-390");
            if (width.intValue() > PHONE.width) {
                throw new AssertionError(name + " scrolls sideways on a phone: the page is " + width + " px wide, the screen "
                        + PHONE.width + " px. Widest elements: " + script(
                        "return Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > "
                                + PHONE.width + " + 1).slice(-5).map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className"
                                + " + ' ' + Math.round(e.getBoundingClientRect().right)).join('; ')"));
            }
        } finally {
            resize(DESKTOP);
        }
    }

    /** One axe-core finding: the rule, its impact, what it asks, and the elements that break it. */
    public record Violation(String rule, String impact, String help, List<String> nodes) {

        @Override
        public String toString() {
            return rule + " (" + impact + "): " + help + "\n      " + String.join("\n      ", nodes);
        }
    }

    /** What axe-core finds on the page as it is now, with every WCAG 2.0/2.1/2.2 A and AA rule and nothing excluded. */
    @SuppressWarnings("unchecked")
    public List<Violation> accessibilityViolations() {
        if (!Boolean.TRUE.equals(script("return typeof window.axe === 'object'"))) {
            script(axeSource());
        }
        Object result = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                        + ".then(r => done(r.violations.map(v => ({rule: v.id, impact: v.impact, help: v.help,"
                        + " nodes: v.nodes.map(n => n.target.join(' ') + ' :: ' + (n.failureSummary || '').replace(/\\s+/g, ' '))}))))"
                        + ".catch(e => done([{rule: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));", WCAG);
        List<Violation> violations = new ArrayList<>();
        for (Object o : (List<Object>) result) {
            Map<String, Object> v = (Map<String, Object>) o;
            violations.add(new Violation((String) v.get("rule"), (String) v.get("impact"), (String) v.get("help"),
                    ((List<Object>) v.get("nodes")).stream().map(String::valueOf).toList()));
        }
        return violations;
    }

    /** Fails, naming every rule and element, unless axe-core finds no WCAG 2.0/2.1/2.2 A or AA violation on the page. */
    public void assertAccessible(String where) {
        awaitAjax();
        List<Violation> violations = accessibilityViolations();
        if (!violations.isEmpty()) {
            StringBuilder message = new StringBuilder(where + " (" + driver.getCurrentUrl() + ") has " + violations.size()
                    + " kind(s) of WCAG violation:");
            violations.forEach(v -> message.append("\n  ").append(v));
            screenshot("a11y-failure-" + where);
            throw new AssertionError(message.toString());
        }
    }

    /** The element that has the keyboard focus. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    private String axeSource() {
        if (axe == null) {
            Path file = Path.of(System.getProperty("hwb.axe", "target/axe-core/package/axe.min.js"));
            try {
                axe = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core is fetched by the build (mvn verify) into " + file, e);
            }
        }
        return axe;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
