package uk.gov.hwb.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromedriver (never a downloaded browser), with
 * screenshots saved under target/screenshots for people to look at.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final Path screenshots;

    public Browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("hwb.chromium", "/usr/bin/chromium"));
        try {
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                    "--no-first-run", "--lang=en-GB", "--window-size=1280,1000",
                    "--user-data-dir=" + Files.createTempDirectory("hwb-chromium"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The browser console (errors, Content-Security-Policy violations) can be read back by tests.
        options.setCapability("goog:loggingPrefs", java.util.Map.of(org.openqa.selenium.logging.LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("hwb.chromedriver", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 1000));
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
                "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    public void await(By locator) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public void signIn(java.net.URL base, String username) {
        open(base + "login.xhtml");
        driver.findElement(By.id("loginForm:username")).sendKeys(username);
        driver.findElement(By.cssSelector("#loginForm\\:password input, input#loginForm\\:password")).sendKeys(Api.DEMO_PASSWORD);
        driver.findElement(By.id("loginForm:signInButton")).click();
        await(By.id("menuForm:signOut"));
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

    @Override
    public void close() {
        driver.quit();
    }

}
