package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The manage-meeting page is built around the job: at 1366×900 the meeting, its deadline state,
 * Publish and Build packs are in view without scrolling; the agenda is reordered from the
 * keyboard (the focus stays on the item that moved); items are added and edited in a dialogue.
 * And the report editor keeps what is written: it warns before leaving with unsaved changes and
 * before the session ends, with a way to stay signed in.
 */
class ManageMeetingIT extends BrowserJourney {

    ManageMeetingIT() {
        super("manage");
    }

    private void signIn(String username) {
        browser.driver().manage().deleteAllCookies();
        browser.signIn(base, username);
    }

    /** Whether the element is wholly inside the window as it first opens (no scrolling). */
    @SuppressWarnings("unchecked")
    private boolean inFirstViewport(String id) {
        Map<String, Object> r = (Map<String, Object>) browser.script("const r = document.getElementById(arguments[0]).getBoundingClientRect();"
                + " return {top: r.top, bottom: r.bottom, left: r.left, right: r.right, scrolled: window.scrollY,"
                + " height: window.innerHeight, width: window.innerWidth};", id);
        return ((Number) r.get("scrolled")).doubleValue() == 0 && ((Number) r.get("top")).doubleValue() >= 0
                && ((Number) r.get("bottom")).doubleValue() <= ((Number) r.get("height")).doubleValue()
                && ((Number) r.get("right")).doubleValue() <= ((Number) r.get("width")).doubleValue();
    }

    private List<String> titles(Papers papers, long meeting) {
        return papers.democratic().get("api/meetings/" + meeting + "/items").array().stream()
                .map(i -> i.asJsonObject().getString("title")).toList();
    }

    @Test
    void publishAndBuildPacksAreInTheFirstViewport() {
        Screens places = new Screens(base);
        signIn("democratic");
        for (String meeting : List.of(places.place("demoMeeting"), places.place("nextMeeting"))) {
            browser.open(base + "board/manage/meeting.xhtml?id=" + meeting);
            assertThat(browser.driver().manage().window().getSize().getWidth()).isGreaterThanOrEqualTo(1366);
            assertThat((Long) browser.script("return window.innerHeight")).isEqualTo(900L);
            for (String id : List.of("when", "status", "deadline", "meetingForm:publish", "meetingForm:buildPacks", "packLinks")) {
                assertThat(inFirstViewport(id)).as(id + " of meeting " + meeting + " is in the first 1366×900 view").isTrue();
            }
        }
        browser.screenshot("manage-meeting-first-viewport-1366x900");
    }

    @Test
    void theAgendaIsReorderedFromTheKeyboard() {
        Papers papers = new Papers(base);
        long meeting = papers.meeting(papers.body("Keyboard board " + Api.unique()), "2099-05-05T17:00:00Z");
        for (String title : List.of("Apologies", "Declarations", "Minutes")) {
            papers.item(meeting, title, "");
        }
        signIn("democratic");
        browser.open(base + "board/manage/meeting.xhtml?id=" + meeting);

        browser.driver().findElement(By.id("meetingForm:agenda:0:moveDown")).sendKeys(Keys.ENTER);
        waiting().until(d -> titles(papers, meeting).equals(List.of("Declarations", "Apologies", "Minutes")));
        waiting().until(d -> "meetingForm:agenda:1:moveDown".equals(browser.focused().getAttribute("id")));
        assertThat(browser.driver().findElement(By.id("meetingForm:messages")).getText()).contains("'Apologies' is now item 2.");

        browser.focused().sendKeys(Keys.ENTER);
        waiting().until(d -> titles(papers, meeting).equals(List.of("Declarations", "Minutes", "Apologies")));
        waiting().until(d -> "meetingForm:agenda:2:moveUp".equals(browser.focused().getAttribute("id")));

        browser.focused().sendKeys(Keys.ENTER);
        waiting().until(d -> titles(papers, meeting).equals(List.of("Declarations", "Apologies", "Minutes")));
        assertThat(browser.driver().findElements(By.cssSelector("[id='meetingForm:agenda_data'] .hwb-item-title")).stream()
                .map(WebElement::getText).toList()).containsExactly("Declarations", "Apologies", "Minutes");
    }

    @Test
    void itemsAreAddedAndEditedInADialogue() {
        Papers papers = new Papers(base);
        long meeting = papers.meeting(papers.body("Dialogue board " + Api.unique()), "2099-06-02T17:00:00Z");
        signIn("democratic");
        browser.open(base + "board/manage/meeting.xhtml?id=" + meeting);
        By dialog = By.id("itemDialog");

        browser.driver().findElement(By.id("meetingForm:addItem")).sendKeys(Keys.ENTER);
        waiting().until(d -> d.findElement(dialog).isDisplayed());
        waiting().until(d -> "itemForm:title".equals(browser.focused().getAttribute("id")));
        browser.focused().sendKeys("Joint Health and Wellbeing Strategy");
        WebElement start = browser.driver().findElement(By.id("itemForm:startTime_input"));
        start.sendKeys("17:15", Keys.TAB);
        browser.driver().findElement(By.id("itemForm:saveItem")).sendKeys(Keys.ENTER);
        waiting().until(d -> titles(papers, meeting).size() == 1);
        waiting().until(d -> !d.findElement(dialog).isDisplayed());
        JsonObject item = papers.democratic().get("api/meetings/" + meeting + "/items").array().getJsonObject(0);
        assertThat(item.getString("startTime")).startsWith("17:15");
        assertThat(browser.driver().findElement(By.id("meetingForm:agenda")).getText()).contains("Joint Health and Wellbeing Strategy (17.15)");

        browser.driver().findElement(By.id("meetingForm:agenda:0:edit")).sendKeys(Keys.ENTER);
        waiting().until(d -> d.findElement(dialog).isDisplayed());
        waiting().until(d -> d.findElement(By.id("itemDialog")).getText().contains("Edit item 1"));
        WebElement title = browser.driver().findElement(By.id("itemForm:title"));
        assertThat(title.getAttribute("value")).isEqualTo("Joint Health and Wellbeing Strategy");
        title.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Joint Health and Wellbeing Strategy refresh");
        browser.driver().findElement(By.id("itemForm:saveItem")).sendKeys(Keys.ENTER);
        waiting().until(d -> titles(papers, meeting).equals(List.of("Joint Health and Wellbeing Strategy refresh")));
        waiting().until(d -> d.findElement(By.id("meetingForm:messages")).getText().contains("Saved item 1"));
    }

    @Test
    void theReportEditorWarnsBeforeUnsavedChangesAreLost() {
        signIn("author");
        String page = base + "board/manage/report.xhtml?meeting=" + new Screens(base).place("nextMeeting");
        browser.open(page);
        browser.driver().findElement(By.id("reportForm:title")).sendKeys("Carers strategy update");
        assertThat(browser.script("return hwb.unsaved.isDirty()")).isEqualTo(true);
        // Headless Chromium never shows its "Leave site?" prompt to WebDriver (checked with a bare page:
        // no alert, whatever the prompt handling), so the test asks what the browser asks before leaving:
        // the page's beforeunload handler must hold the page.
        assertThat(browser.script(LEAVING)).as("leaving with unsaved changes is held").isEqualTo(true);
        assertThat(browser.driver().findElement(By.id("reportForm:title")).getAttribute("value")).isEqualTo("Carers strategy update");

        browser.driver().findElement(By.id("reportForm:save")).click();
        waiting().until(d -> d.getCurrentUrl().contains("report.xhtml?id="));
        browser.awaitPageReady();
        assertThat(browser.script("return hwb.unsaved.isDirty()")).as("nothing unsaved after saving").isEqualTo(false);
        assertThat(browser.script(LEAVING)).as("leaving after saving is not held").isEqualTo(false);
    }

    /** What the browser does before leaving a page: a cancelable beforeunload event; true when the page holds it. */
    private static final String LEAVING = "var e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e);"
            + " return e.defaultPrevented;";

    @Test
    void theSessionWarningKeepsTheSessionAlive() {
        signIn("author");
        browser.open(base + "board/manage/report.xhtml?meeting=" + new Screens(base).place("nextMeeting"));
        assertThat(browser.driver().findElement(By.tagName("body")).getAttribute("data-hwb-session")).isEqualTo("1800");
        browser.script("hwb.session.warn()");
        By dialog = By.id("sessionForm:sessionWarning");
        waiting().until(d -> d.findElement(dialog).isDisplayed());
        waiting().until(d -> "sessionForm:staySignedIn".equals(browser.focused().getAttribute("id")));
        assertThat(browser.driver().findElement(By.id("sessionMessage")).getText()).contains("30 minutes");
        browser.focused().sendKeys(Keys.ENTER);
        waiting().until(d -> !d.findElement(dialog).isDisplayed());
        browser.open(base + "people/index.xhtml");
        assertThat(browser.driver().getCurrentUrl()).as("still signed in").doesNotContain("login.xhtml");
    }
}
