package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.hwb.it.Papers.id;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Democratic services in a real browser: arrange a meeting, add three items (one Part 2), attach
 * a report, reorder the agenda by dragging, publish; then the public meeting page shows the
 * agenda without the confidential content. Screenshots go to target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BoardJourneyIT {

    private static Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Application.ear();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void start() {
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    private WebDriverWait waiting() {
        return (WebDriverWait) new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class);
    }

    private void type(String id, String text) {
        WebElement input = browser.driver().findElement(By.id(id));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
    }

    /** Picks an option of a PrimeFaces select menu by its label. */
    private void choose(String menuId, String label) {
        browser.driver().findElement(By.id(menuId)).click();
        By option = By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']");
        waiting().until(d -> d.findElement(option).isDisplayed());
        browser.driver().findElement(option).click();
    }

    private List<String> agendaTitles() {
        return browser.driver().findElements(By.cssSelector("[id='meetingForm:agenda_data'] tr td:nth-child(2)")).stream()
                .map(WebElement::getText).toList();
    }

    private void addItem(String title, boolean confidential, String report) {
        type("meetingForm:title", title);
        if (confidential) {
            browser.driver().findElement(By.cssSelector("label[for='meetingForm:part:1']")).click();
            type("meetingForm:paragraph_input", "3");
        }
        if (report != null) {
            choose("meetingForm:report", report);
        }
        int before = agendaTitles().size();
        browser.driver().findElement(By.id("meetingForm:add")).click();
        waiting().until(d -> agendaTitles().size() == before + 1);
    }

    @Test
    void democraticServicesPreparesAndPublishesAnAgenda() {
        Papers papers = new Papers(base);
        String suffix = Api.unique();
        String body = "Journey board " + suffix;
        long bodyId = papers.body(body);

        browser.driver().manage().deleteAllCookies();
        browser.signIn(base, "democratic");
        browser.open(base + "board/manage/meetings.xhtml");
        choose("arrangeForm:body", body);
        type("arrangeForm:start_input", "12/05/2099 17:00");
        browser.driver().findElement(By.id("arrangeForm:arrange")).click();
        waiting().until(d -> d.getCurrentUrl().contains("meeting.xhtml?id="));
        browser.awaitPageReady();
        long meeting = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));
        assertThat(browser.driver().findElement(By.id("meetingForm:countdown")).getText()).contains("left to publish");

        String reportTitle = "Annual report " + suffix;
        long report = id(papers.report(meeting, reportTitle, "<p>A year of partnership work.</p>"));
        papers.makeReady(report);
        String secretTitle = "Bids " + suffix;
        String secret = "zqxjourney" + suffix;
        long confidential = id(papers.report(meeting, secretTitle, "<p>The winning bid is " + secret + ".</p>"));
        papers.makeReady(confidential);
        browser.open(base + "board/manage/meeting.xhtml?id=" + meeting);

        addItem("Welcome and apologies", false, null);
        addItem("Contract award", true, secretTitle + " (READY)");
        addItem("Annual report", false, reportTitle + " (READY)");
        assertThat(agendaTitles()).containsExactly("Welcome and apologies", "Contract award", "Annual report");
        browser.screenshot("journey-agenda-before-reorder");

        List<WebElement> handles = browser.driver().findElements(By.cssSelector("[id='meetingForm:agenda_data'] tr td.hwb-drag"));
        new Actions(browser.driver()).clickAndHold(handles.get(2)).moveByOffset(0, -10).moveToElement(handles.get(1)).moveByOffset(0, -15)
                .release().perform();
        waiting().until(d -> agendaTitles().equals(List.of("Welcome and apologies", "Annual report", "Contract award")));
        assertThat(papers.democratic().get("api/meetings/" + meeting + "/items").array().stream()
                .map(i -> i.asJsonObject().getString("title")).toList())
                .as("the new order is stored").containsExactly("Welcome and apologies", "Annual report", "Contract award");
        browser.screenshot("journey-agenda-after-reorder");

        browser.driver().findElement(By.id("meetingForm:publish")).click();
        waiting().until(d -> d.findElement(By.id("meetingForm:confirmYes")).isDisplayed());
        browser.driver().findElement(By.id("meetingForm:confirmYes")).click();
        waiting().until(d -> d.findElement(By.id("meetingForm:messages")).getText().contains("Published version 1"));
        assertThat(browser.driver().findElement(By.id("status")).getText()).isEqualTo("Published");
        browser.screenshot("journey-published");

        browser.driver().manage().deleteAllCookies();
        browser.open(base + "public/meeting.xhtml?id=" + meeting);
        String page = browser.driver().findElement(By.id("agenda")).getText();
        assertThat(page).contains("1. Welcome and apologies").contains("2. Annual report").contains("3. Contract award")
                .contains("Exempt – paragraph 3: not for publication").contains("Read the report: " + reportTitle)
                .doesNotContain(secretTitle);
        assertThat(browser.driver().getPageSource()).doesNotContain(secret).doesNotContain("report.xhtml?id=" + confidential);
        browser.screenshot("journey-public-meeting");

        browser.driver().findElement(By.linkText("Read the report: " + reportTitle)).click();
        browser.awaitPageReady();
        assertThat(browser.driver().getPageSource()).contains("A year of partnership work.").contains("1.1");
        browser.screenshot("journey-public-report");
        assertThat(bodyId).isPositive();
    }
}
