package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.hwb.it.Papers.id;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Democratic services in a real browser: arrange a meeting, add three items (one Part 2), attach
 * a report, reorder the agenda by dragging, publish; then the public meeting page shows the
 * agenda without the confidential content. Screenshots go to target/screenshots.
 */
class BoardJourneyIT extends BrowserJourney {

    BoardJourneyIT() {
        super("journey");
    }

    /** Types into a field found by the end of its id (fields inside repeats carry generated prefixes); Tab leaves it, closing any pop-up. */
    private void type(String id, String text) {
        WebElement input = browser.driver().findElement(By.cssSelector("[id$='" + id + "']"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
    }

    /** Presses a button from the keyboard, as a keyboard user would (and never hits an overlay by accident). */
    private void press(String id) {
        browser.driver().findElement(By.id(id)).sendKeys(Keys.ENTER);
    }

    /** Picks an option of a PrimeFaces select menu by its label, and waits until the menu shows it (retrying a click lost to the panel's animation). */
    private void choose(String menuId, String label) {
        By option = By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']");
        By panel = By.id(menuId + "_panel");
        By shown = By.id(menuId + "_label");
        for (int attempt = 0; attempt < 4; attempt++) {
            try {
                if (!browser.driver().findElement(panel).isDisplayed()) {
                    browser.driver().findElement(By.id(menuId)).click();
                }
                waiting().until(d -> d.findElement(option).isDisplayed());
                Thread.sleep(400); // let the opening animation finish
                browser.driver().findElement(option).click();
                new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> d.findElement(shown).getText().equals(label));
                return;
            } catch (org.openqa.selenium.TimeoutException | org.openqa.selenium.ElementNotInteractableException retry) {
                // the panel was still moving; look again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        assertThat(browser.driver().findElement(shown).getText()).as(menuId).isEqualTo(label);
    }

    private List<String> agendaTitles() {
        return browser.driver().findElements(By.cssSelector("[id='meetingForm:agenda_data'] .hwb-item-title")).stream()
                .map(WebElement::getText).toList();
    }

    /** Adds an item through the add-item dialogue, as democratic services would. */
    private void addItem(String title, boolean confidential, String report) {
        press("meetingForm:addItem");
        waiting().until(d -> d.findElement(By.id("itemDialog")).isDisplayed());
        type("itemForm:title", title);
        if (confidential) {
            browser.driver().findElement(By.cssSelector("label[for='itemForm:part:1']")).click();
            type("itemForm:paragraph_input", "3");
        }
        if (report != null) {
            choose("itemForm:report", report);
        }
        int before = agendaTitles().size();
        press("itemForm:saveItem");
        waiting().until(d -> agendaTitles().size() == before + 1);
        waiting().until(d -> !d.findElement(By.id("itemDialog")).isDisplayed());
    }

    @Test
    void democraticServicesPreparesAndPublishesAnAgenda() throws Exception {
        Papers papers = new Papers(base);
        String suffix = Api.unique();
        String body = "Journey board " + suffix;
        papers.body(body);

        browser.driver().manage().deleteAllCookies();
        browser.signIn(base, "democratic");
        browser.open(base + "board/manage/meetings.xhtml");
        choose("arrangeForm:body", body);
        type("arrangeForm:start_input", "12/05/2099 17:00");
        press("arrangeForm:arrange");
        waiting().until(d -> d.getCurrentUrl().contains("meeting.xhtml?id="));
        browser.awaitPageReady();
        long meeting = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));
        assertThat(browser.driver().findElement(By.id("deadline")).getText()).startsWith("Publish by ").endsWith(" days left.");

        String reportTitle = "Annual report " + suffix;
        long report = id(papers.report(meeting, reportTitle, "<p>A year of partnership work.</p>"));
        papers.makeReady(report);
        String secretTitle = "Bids " + suffix;
        String secret = "zqxjourney" + suffix;
        long confidential = id(papers.report(meeting, secretTitle, "<p>The winning bid is " + secret + ".</p>"));
        papers.makeReady(confidential);
        browser.open(base + "board/manage/meeting.xhtml?id=" + meeting);

        addItem("Welcome and apologies", false, null);
        addItem("Contract award", true, secretTitle + " (Ready to publish)");
        addItem("Annual report", false, reportTitle + " (Ready to publish)");
        assertThat(agendaTitles()).containsExactly("Welcome and apologies", "Contract award", "Annual report");
        browser.screenshot("journey-agenda-before-reorder");

        List<WebElement> handles = browser.driver().findElements(By.cssSelector("[id='meetingForm:agenda_data'] tr .hwb-drag-handle"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", handles.get(1));
        new Actions(browser.driver()).clickAndHold(handles.get(2)).moveByOffset(0, -10).moveToElement(handles.get(1)).moveByOffset(0, -15)
                .release().perform();
        waiting().until(d -> agendaTitles().equals(List.of("Welcome and apologies", "Annual report", "Contract award")));
        assertThat(papers.democratic().get("api/meetings/" + meeting + "/items").array().stream()
                .map(i -> i.asJsonObject().getString("title")).toList())
                .as("the new order is stored").containsExactly("Welcome and apologies", "Annual report", "Contract award");
        browser.screenshot("journey-agenda-after-reorder");

        press("meetingForm:publish");
        waiting().until(d -> d.findElement(By.id("publishDialog")).isDisplayed());
        press("publishForm:publishConfirm");
        waiting().until(d -> d.findElement(By.id("meetingForm:messages")).getText().contains("Published version 1"));
        assertThat(browser.driver().findElement(By.id("status")).getText()).isEqualTo("Agenda published");
        browser.screenshot("journey-published");

        press("meetingForm:buildPacks");
        waiting().until(d -> d.findElement(By.id("packStatus")).getText().startsWith("Ready:"));
        assertThat(browser.driver().findElement(By.cssSelector("[id='meetingForm:packProgress']")).getText()).contains("100%");
        browser.screenshot("journey-packs-built");
        var pack = papers.democratic().bytes("api/meetings/" + meeting + "/pack.pdf");
        assertThat(pack.statusCode()).isEqualTo(200);
        java.nio.file.Path shots = java.nio.file.Path.of(System.getProperty("hwb.screenshots", "target/screenshots"));
        java.nio.file.Files.createDirectories(shots);
        java.nio.file.Path pdf = shots.resolve("journey-public-pack.pdf");
        java.nio.file.Files.write(pdf, pack.body());
        Process render = new ProcessBuilder("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf.toString(),
                shots.resolve("journey-public-pack-page-1").toString()).inheritIO().start();
        assertThat(render.waitFor()).as("pdftoppm renders page 1").isZero();
        assertThat(shots.resolve("journey-public-pack-page-1.png")).exists();

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
    }

    @Test
    void democraticServicesSetsUpABodyWithTermsOfReferenceAndMembers() {
        String name = "Screen board " + Api.unique();
        browser.driver().manage().deleteAllCookies();
        browser.signIn(base, "democratic");
        browser.open(base + "board/manage/body.xhtml");
        type("bodyForm:name", name);
        type("bodyForm:quorum", "3 members");
        browser.driver().findElement(By.cssSelector("[id='bodyForm:deputies'] .ui-chkbox-box")).click();
        press("bodyForm:save");
        waiting().until(d -> d.getCurrentUrl().contains("body.xhtml?id="));
        browser.awaitPageReady();

        choose("membersForm:person", "Claire Shuter");
        type("membersForm:from_input", "01/05/2024");
        press("membersForm:addMember");
        waiting().until(d -> d.findElement(By.id("membersForm:members_data")).getText().contains("Claire Shuter"));
        browser.screenshot("journey-body-members");

        long id = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));
        var body = Api.anonymous(base).get("api/bodies/" + id).json();
        assertThat(body.getString("name")).isEqualTo(name);
        assertThat(body.getJsonObject("termsOfReference").getString("quorum")).isEqualTo("3 members");
        assertThat(body.getJsonObject("termsOfReference").getBoolean("deputiesAllowed")).isTrue();
        assertThat(Api.anonymous(base).get("api/bodies/" + id + "/members").array()).hasSize(1);
    }

    @Test
    void anAuthorWritesAReportSubmitsItAndAddsAPdfAppendix() throws Exception {
        Papers papers = new Papers(base);
        long meeting = papers.meeting(papers.body("Report screen board " + Api.unique()), "2099-11-03T17:00:00Z");
        browser.driver().manage().deleteAllCookies();
        browser.signIn(base, "author");
        browser.open(base + "board/manage/report.xhtml?meeting=" + meeting);
        type("reportForm:title", "Carers strategy update");
        type(":recommendations", "To note the update");
        press("reportForm:save");
        waiting().until(d -> d.getCurrentUrl().contains("report.xhtml?id="));
        browser.awaitPageReady();
        long report = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));

        java.nio.file.Path pdf = java.nio.file.Files.createTempFile("appendix", ".pdf");
        java.nio.file.Files.write(pdf, Papers.pdf("Carers survey results", 2));
        type("uploadForm:appendixTitle", "Carers survey");
        browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(pdf.toString());
        press("uploadForm:upload");
        browser.awaitPageReady();
        waiting().until(d -> d.findElement(By.id("appendices")).getText().contains("Appendix 1 – Carers survey"));

        browser.driver().findElement(By.cssSelector(".hwb-action-SUBMIT")).click();
        browser.awaitPageReady();
        waiting().until(d -> d.findElement(By.id("reportStatus")).getText().equals("Submitted for approval"));
        browser.screenshot("journey-report-submitted");
        var stored = papers.author().get("api/reports/" + report).json();
        assertThat(stored.getString("status")).isEqualTo("SUBMITTED");
        assertThat(stored.getJsonObject("sections").getJsonArray("recommendations").getString(0)).isEqualTo("To note the update");
        assertThat(stored.getJsonArray("appendices").getJsonObject(0).getInt("pageCount")).isEqualTo(2);
    }

    @Test
    void democraticServicesPublishesTheDemoMeetingAndDownloadsItsPack() throws Exception {
        Api anonymous = Api.anonymous(base);
        long hwb = anonymous.get("api/bodies").array().stream().map(b -> b.asJsonObject())
                .filter(b -> b.getString("name").equals("Health and Wellbeing Board")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        long meeting = id(anonymous.get("api/meetings?body=" + hwb + "&from=2024-12-10&to=2024-12-10").json().getJsonArray("items").getJsonObject(0));

        browser.driver().manage().deleteAllCookies();
        browser.signIn(base, "democratic");
        browser.open(base + "board/manage/meeting.xhtml?id=" + meeting);
        assertThat(browser.driver().findElement(By.id("deadline")).getText()).startsWith("Published late: version 1 on ");
        assertThat(browser.driver().findElement(By.id("status")).getText()).as("held, its minutes approved in March (the demo record)")
                .isEqualTo("Minutes approved");
        // The meeting has been held: publishing its agenda again is a correction, with the reason.
        press("meetingForm:publish");
        waiting().until(d -> d.findElement(By.id("publishDialog")).isDisplayed());
        type("publishForm:correctionReason", "Item 10's appendix was the wrong quarter's return");
        press("publishForm:publishConfirm");
        waiting().until(d -> d.findElement(By.id("meetingForm:messages")).getText().contains("Published version"));
        assertThat(browser.driver().findElement(By.id("meetingForm:messages")).getText()).contains("after the deadline");

        press("meetingForm:buildPacks");
        waiting().until(d -> d.findElement(By.id("packStatus")).getText().startsWith("Ready:"));
        assertThat(browser.driver().findElement(By.cssSelector("[id='meetingForm:packProgress']")).getText()).contains("100%");
        browser.screenshot("demo-packs-built");

        var pack = anonymous.bytes("api/meetings/" + meeting + "/pack.pdf");
        assertThat(pack.statusCode()).isEqualTo(200);
        java.nio.file.Path shots = java.nio.file.Path.of(System.getProperty("hwb.screenshots", "target/screenshots"));
        java.nio.file.Files.createDirectories(shots);
        java.nio.file.Path pdf = shots.resolve("demo-public-pack.pdf");
        java.nio.file.Files.write(pdf, pack.body());
        Process render = new ProcessBuilder("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf.toString(),
                shots.resolve("demo-public-pack-page-1").toString()).inheritIO().start();
        assertThat(render.waitFor()).as("pdftoppm renders page 1").isZero();
        assertThat(shots.resolve("demo-public-pack-page-1.png")).exists();
    }
}
