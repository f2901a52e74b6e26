package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import java.time.Duration;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The screens in a real browser: each role signs in and opens every entry of its menu without an
 * error page; a screenshot of each screen is saved under target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScreensIT {

    private static final List<String> ERROR_HEADINGS = List.of("Something went wrong", "Page or document not found",
            "You do not have access to this page or document", "Your page had expired", "This could not be done");
    private static final java.util.Map<String, String> NAMES = java.util.Map.of("admin", "System Administrator", "democratic", "Rob Harris",
            "author", "Nicola Mickleburgh", "member", "Maxine Sadza", "finance", "BCF Finance Officer", "sendlead", "Matt Small",
            "strategylead", "Strategy Lead");

    private static Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Application.ear();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "democratic", "author", "member", "finance", "sendlead", "strategylead"})
    void eachRoleOpensEveryMenuEntryWithoutError(String username) {
        browser.driver().manage().deleteAllCookies();
        browser.signIn(base, username);
        assertThat(browser.driver().findElement(By.cssSelector(".hwb-user-name")).getText()).as("the header names the person, not the username")
                .contains(NAMES.get(username)).doesNotContain(username);

        Set<String> visited = openEveryMenuEntry(username);

        assertThat(visited).contains(base + "people/index.xhtml", base + "audit/index.xhtml", base + "send/index.xhtml");
        if (username.equals("admin")) {
            assertThat(visited).contains(base + "admin/users.xhtml");
        } else {
            assertThat(visited).doesNotContain(base + "admin/users.xhtml");
        }
        browser.signOut();
    }

    @Test
    void thePublicSeesHomeAndBoardPagesOnly() {
        browser.driver().manage().deleteAllCookies();
        browser.open(base.toString());
        Set<String> visited = openEveryMenuEntry("public");
        // Issue 14: the decisions register and the forward plan are public pages of their own.
        assertThat(visited).containsExactlyInAnyOrder(base + "index.xhtml", base + "public/index.xhtml", base + "public/decisions.xhtml",
                base + "public/forward-plan.xhtml", base + "board/index.xhtml");
        assertThat(browser.driver().getPageSource()).contains("Health and Wellbeing Board");
    }

    @Test
    void thePageIsInBritishEnglishWithLabelledFields() {
        browser.driver().manage().deleteAllCookies();
        browser.open(base + "login.xhtml");
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en-GB");
        for (WebElement input : browser.driver().findElements(By.cssSelector("#loginForm input[type=text], #loginForm input[type=password]"))) {
            String id = input.getAttribute("id");
            assertThat(browser.driver().findElements(By.cssSelector("label[for='" + id + "']"))).as("label for " + id).isNotEmpty();
        }
        browser.screenshot("public-login");
    }

    @Test
    void wrongPasswordShowsAClearMessage() {
        browser.driver().manage().deleteAllCookies();
        browser.open(base + "login.xhtml");
        browser.driver().findElement(By.id("loginForm:username")).sendKeys("admin");
        browser.driver().findElement(By.cssSelector("input#loginForm\\:password, #loginForm\\:password input")).sendKeys("wrong-password");
        browser.driver().findElement(By.id("loginForm:signInButton")).click();
        browser.await(By.id("loginForm:messages"));
        assertThat(browser.driver().findElement(By.id("loginForm:messages")).getText()).contains("username or password is wrong");
    }

    @Test
    void theDeadlineCalculatorWorksFromTheKeyboard() {
        browser.driver().manage().deleteAllCookies();
        browser.open(base.toString());
        WebElement date = browser.driver().findElement(By.id("deadlineForm:meetingDate_input"));
        date.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        date.sendKeys("10/12/2024");
        // The result is re-rendered by the ajax update, so an element found a moment ago may be replaced.
        var wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class);
        assertThat(browser.driver().findElements(By.cssSelector(".ui-datepicker-panel")).stream().noneMatch(WebElement::isDisplayed))
                .as("typing a date does not pop up the calendar over the page").isTrue();

        browser.driver().findElement(By.id("deadlineForm:calculate")).sendKeys(Keys.ENTER);

        try {
            wait.until(d -> d.findElement(By.id("publishBy")).getText().equals("Monday 2 December 2024"));
        } finally {
            browser.screenshot("public-home-deadline");
        }
    }

    private Set<String> openEveryMenuEntry(String who) {
        List<String> links = browser.driver().findElements(By.cssSelector("#menuForm a.ui-menuitem-link")).stream()
                .map(a -> a.getAttribute("href")).filter(h -> h != null && !h.endsWith("#") && !h.startsWith("javascript")).toList();
        assertThat(links).as("menu entries for " + who).isNotEmpty();
        Set<String> visited = new LinkedHashSet<>();
        for (String link : links) {
            browser.open(link);
            String heading = browser.driver().findElement(By.cssSelector("main h1")).getText();
            assertThat(ERROR_HEADINGS).as(who + " opening " + link).doesNotContain(heading);
            assertThat(browser.driver().getCurrentUrl()).as(who + " stays on " + link).doesNotContain("login.xhtml");
            browser.screenshot(who + "-" + link.substring(base.toString().length()).replace(".xhtml", ""));
            visited.add(link.replaceAll(";jsessionid=[^?]*", "").replaceAll("\\?.*", ""));
        }
        return visited;
    }
}
