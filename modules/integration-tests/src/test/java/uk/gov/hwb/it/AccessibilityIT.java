package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every screen, public and of each role ({@link Screens#ALL}), in a real browser: axe-core finds no
 * WCAG 2.0, 2.1 or 2.2 A or AA violation at 1366 px nor at 390 px (no rule disabled, nothing
 * excluded), the phone layout needs no sideways scrolling, and a screenshot of each size is kept
 * under target/screenshots. The same check runs with dialogues open and with validation errors
 * shown, and a page with known violations proves the check can fail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityIT {

    private static Browser browser;
    private static String signedInAs = "public";

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

    static Stream<Screens.Screen> screens() {
        return Screens.ALL.stream();
    }

    private void as(String role) {
        if (role.equals(signedInAs)) {
            return;
        }
        browser.driver().manage().deleteAllCookies();
        if (!role.equals("public")) {
            browser.signIn(base, role);
        }
        signedInAs = role;
    }

    private WebDriverWait waiting() {
        return (WebDriverWait) new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class);
    }

    @Test
    void theCheckFindsKnownViolations() {
        browser.open(Path.of("src/test/resources/a11y/known-violations.html").toAbsolutePath().toUri().toString());
        Set<String> rules = browser.accessibilityViolations().stream().map(Browser.Violation::rule).collect(Collectors.toSet());
        assertThat(rules).contains("image-alt", "color-contrast", "label", "button-name", "html-has-lang", "target-size");
        assertThatThrownBy(() -> browser.assertAccessible("known violations")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("image-alt").hasMessageContaining("color-contrast");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("screens")
    void everyScreenHasNoWcagViolationAtDesktopAndPhoneSizes(Screens.Screen screen) {
        as(screen.role());
        String url = base + new Screens(base).resolve(screen.path());
        browser.open(url);
        assertThat(browser.driver().getCurrentUrl()).as(screen + " stays where it was opened (no sign-in page)").doesNotContain("login.xhtml?next");
        browser.assertAccessible(screen + " at 1366 px");
        browser.resize(Browser.PHONE);
        try {
            browser.assertAccessible(screen + " at 390 px");
        } finally {
            browser.resize(Browser.DESKTOP);
        }
        browser.screenshots(screen.role() + "-" + screen.name());
    }

    /** Each role's menu leads only to screens listed in {@link Screens#ALL}, so a new screen cannot miss the check. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("roles")
    void everyMenuEntryIsAListedScreen(String role) {
        as(role);
        browser.open(base + "index.xhtml");
        Set<String> listed = Screens.ALL.stream().filter(s -> s.role().equals(role)).map(Screens.Screen::path).collect(Collectors.toSet());
        Set<String> linked = new TreeSet<>(browser.driver().findElements(By.cssSelector("#menuForm a.ui-menuitem-link")).stream()
                .map(a -> a.getAttribute("href")).filter(h -> h != null && h.startsWith(base.toString()) && !h.endsWith("#"))
                .map(h -> h.substring(base.toString().length()).replaceAll(";jsessionid=[^?]*", "")).toList());
        assertThat(linked).as(role + "'s menu").isNotEmpty();
        assertThat(listed).as("screens listed for " + role + " in Screens.ALL").containsAll(linked);
    }

    static Stream<String> roles() {
        return Screens.ROLES.stream();
    }

    @Test
    void thePhoneMenuOpensAndStaysAccessible() {
        as("democratic");
        browser.open(base + "index.xhtml");
        browser.resize(Browser.PHONE);
        try {
            WebElement toggle = browser.driver().findElement(By.cssSelector(".hwb-menu-toggle"));
            assertThat(toggle.isDisplayed()).isTrue();
            assertThat(browser.driver().findElement(By.id("hwbNav")).isDisplayed()).as("the menu is folded away on a phone").isFalse();
            toggle.sendKeys(Keys.ENTER);
            waiting().until(d -> d.findElement(By.id("hwbNav")).isDisplayed());
            assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
            browser.assertAccessible("phone menu open");
            browser.screenshot("democratic-phone-menu-open-390");
        } finally {
            browser.resize(Browser.DESKTOP);
        }
    }

    @Test
    void withValidationErrorsShown() {
        as("public");
        browser.open(base + "login.xhtml");
        browser.driver().findElement(By.id("loginForm:signInButton")).click();
        browser.await(By.cssSelector("#loginForm .ui-message-error"));
        browser.assertAccessible("sign-in with both fields empty");
        browser.screenshots("public-sign-in-errors");

        browser.open(base + "public/search.xhtml?q=care&from=31/02/2024");
        assertThat(browser.driver().findElement(By.id("searchError")).getText()).contains("day/month/year");
        browser.assertAccessible("search with an impossible date");

        as("democratic");
        browser.open(base + "board/manage/meetings.xhtml");
        browser.driver().findElement(By.id("arrangeForm:arrange")).sendKeys(Keys.ENTER);
        waiting().until(d -> !d.findElements(By.cssSelector("#arrangeForm .ui-message-error")).isEmpty());
        browser.assertAccessible("arrange a meeting with nothing filled in");
        browser.screenshots("democratic-arrange-meeting-errors");

        browser.open(base + "board/manage/report.xhtml?meeting=" + new Screens(base).place("nextMeeting"));
        browser.driver().findElement(By.id("reportForm:save")).sendKeys(Keys.ENTER);
        browser.awaitPageReady();
        browser.await(By.cssSelector("#reportForm .ui-message-error"));
        browser.assertAccessible("new report saved without a title");
    }

    @Test
    void withDialoguesOpenAndTheirErrorsShown() {
        Screens places = new Screens(base);
        as("democratic");
        browser.open(base + "board/manage/meeting.xhtml?id=" + places.place("nextMeeting"));
        browser.driver().findElement(By.id("meetingForm:addItem")).click();
        waiting().until(d -> d.findElement(By.id("itemDialog")).isDisplayed());
        browser.assertAccessible("manage meeting, add-item dialogue open");
        browser.screenshots("democratic-manage-meeting-add-item");
        browser.driver().findElement(By.id("itemForm:saveItem")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#itemForm .ui-message-error")).isEmpty());
        browser.assertAccessible("manage meeting, add-item dialogue with errors");
        browser.screenshots("democratic-manage-meeting-add-item-errors");
        browser.focused().sendKeys(Keys.ESCAPE);
        waiting().until(d -> !d.findElement(By.id("itemDialog")).isDisplayed());

        browser.driver().findElement(By.id("meetingForm:publish")).click();
        waiting().until(d -> d.findElement(By.id("publishDialog")).isDisplayed());
        browser.assertAccessible("manage meeting, publish dialogue open");
        browser.screenshots("democratic-manage-meeting-publish");
        browser.focused().sendKeys(Keys.ESCAPE);
        waiting().until(d -> !d.findElement(By.id("publishDialog")).isDisplayed());

        browser.driver().findElement(By.id("meetingForm:agenda:0:remove")).click();
        waiting().until(d -> d.findElement(By.cssSelector(".hwb-confirm")).isDisplayed());
        browser.assertAccessible("manage meeting, remove-item confirmation open");
        browser.screenshots("democratic-manage-meeting-remove-item");
        browser.focused().sendKeys(Keys.ESCAPE);
        waiting().until(d -> !d.findElement(By.cssSelector(".hwb-confirm")).isDisplayed());

        browser.open(base + "board/manage/meeting.xhtml?id=" + places.place("demoMeeting"));
        browser.driver().findElement(By.id("meetingForm:publish")).click();
        waiting().until(d -> d.findElement(By.id("publishDialog")).isDisplayed());
        browser.driver().findElement(By.id("publishForm:publishConfirm")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#publishForm .ui-message-error")).isEmpty());
        browser.assertAccessible("held meeting, correction without a reason");
        browser.screenshots("democratic-manage-meeting-correction-errors");
        browser.focused().sendKeys(Keys.ESCAPE);

        browser.open(base + "people/index.xhtml");
        browser.driver().findElement(By.id("peopleForm:tabs:addPerson")).click();
        waiting().until(d -> d.findElement(By.id("personDialog")).isDisplayed());
        browser.driver().findElement(By.id("personDialogForm:save")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#personDialogForm .ui-message-error")).isEmpty());
        browser.assertAccessible("people, person dialogue with errors");
        browser.screenshots("democratic-people-person-errors");
        browser.focused().sendKeys(Keys.ESCAPE);

        browser.open(base + "board/manage/report.xhtml?id=" + places.place("demoReport"));
        browser.script("hwb.session.warn()");
        waiting().until(d -> d.findElement(By.id("sessionForm:sessionWarning")).isDisplayed());
        browser.assertAccessible("the warning before the session ends");
        browser.screenshots("democratic-session-warning");
        browser.focused().sendKeys(Keys.ESCAPE);

        as("admin");
        browser.open(base + "calendar/bank-holidays.xhtml");
        browser.driver().findElement(By.id("holidaysForm:addHoliday")).click();
        waiting().until(d -> d.findElement(By.id("holidayDialog")).isDisplayed());
        browser.driver().findElement(By.id("holidayDialogForm:save")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#holidayDialogForm .ui-message-error")).isEmpty());
        browser.assertAccessible("bank holidays, dialogue with errors");
        browser.screenshots("admin-bank-holiday-errors");
        browser.focused().sendKeys(Keys.ESCAPE);
        waiting().until(d -> !d.findElement(By.id("holidayDialog")).isDisplayed());
        browser.driver().findElement(By.id("holidaysForm:holidays:0:remove")).click();
        waiting().until(d -> d.findElement(By.cssSelector(".hwb-confirm")).isDisplayed());
        browser.assertAccessible("bank holidays, remove confirmation open");
        browser.focused().sendKeys(Keys.ESCAPE);

        browser.open(base + "admin/users.xhtml");
        browser.driver().findElement(By.id("usersForm:addUser")).click();
        waiting().until(d -> d.findElement(By.id("userDialog")).isDisplayed());
        browser.driver().findElement(By.id("userDialogForm:save")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#userDialogForm .ui-message-error")).isEmpty());
        browser.assertAccessible("users, user dialogue with errors");
        browser.screenshots("admin-user-errors");
        browser.focused().sendKeys(Keys.ESCAPE);
        signedInAs = "admin";
    }

    /** The editor offers only what the report keeps, every button named. */
    /** Each tab of the domain modules' tabbed screens, as the people who edit them see them (hidden tabs are not checked on opening). */
    @Test
    void everyTabOfTheDomainScreens() {
        Screens places = new Screens(base);
        as("finance");
        browser.open(base + places.resolve("bcf/index.xhtml?plan={bcfPlan}&year=2023-24"));
        visitTabs("bcfForm:tabs", "finance-bcf-plan");
        as("sendlead");
        browser.open(base + places.resolve("send/manage/sef.xhtml?number={sefNumber}"));
        visitTabs("sefForm:parts", "sendlead-send-sef");
    }

    private void visitTabs(String tabView, String name) {
        By tabs = By.cssSelector("[id='" + tabView + "'] [role=tablist] [role=tab]");
        int count = browser.driver().findElements(tabs).size();
        assertThat(count).as(tabView + "'s tabs").isGreaterThan(1);
        for (int i = 0; i < count; i++) {
            WebElement tab = browser.driver().findElements(tabs).get(i);
            String title = tab.getText();
            tab.click();
            int index = i;
            waiting().until(d -> "true".equals(d.findElements(tabs).get(index).getAttribute("aria-selected")));
            browser.assertAccessible(name + ", tab " + title + " at 1366 px");
            browser.resize(Browser.PHONE);
            try {
                browser.assertAccessible(name + ", tab " + title + " at 390 px");
            } finally {
                browser.resize(Browser.DESKTOP);
            }
            browser.screenshots(name + "-tab-" + (i + 1));
        }
    }

    /** The domain modules' confirmations and forms with their errors shown. */
    @Test
    void theDomainScreensWithConfirmationsAndErrorsShown() {
        Screens places = new Screens(base);
        as("strategylead");
        browser.open(base + "strategies/manage/strategies.xhtml");
        browser.driver().findElement(By.id("createForm:create")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#createForm .ui-messages-error, #createForm .ui-message-error")).isEmpty());
        browser.assertAccessible("strategies, add a strategy with errors");
        browser.screenshots("strategylead-strategies-errors");

        as("finance");
        browser.open(base + places.resolve("bcf/index.xhtml?plan={bcfPlan}&year=2023-24"));
        browser.driver().findElement(By.xpath("//a[normalize-space()='Schemes']")).click();
        waiting().until(d -> d.findElement(By.id("bcfForm:tabs:addSchemeButton")).isDisplayed());
        browser.driver().findElement(By.id("bcfForm:tabs:addSchemeButton")).click();
        browser.awaitAjax();
        waiting().until(d -> !d.findElements(By.cssSelector("#bcfForm .ui-messages-error, #bcfForm .ui-message-error")).isEmpty());
        browser.assertAccessible("BCF, add a scheme line with errors");
        browser.screenshots("finance-bcf-scheme-errors");
    }

    @Test
    void theReportEditorsToolbarHoldsOnlyWhatTheReportKeeps() {
        as("author");
        browser.open(base + "board/manage/report.xhtml?meeting=" + new Screens(base).place("nextMeeting"));
        assertThat(browser.driver().findElement(By.id("reportFor")).getText()).startsWith("For the meeting of the Health and Wellbeing Board, ");
        List<WebElement> editors = browser.driver().findElements(By.cssSelector(".ui-texteditor"));
        assertThat(editors).hasSize(10);
        List<String> names = editors.get(0).findElements(By.cssSelector(".ql-toolbar button")).stream()
                .map(b -> b.getAttribute("aria-label")).toList();
        assertThat(names).containsExactly("Heading (press again for a paragraph)", "Bold", "Italic", "Numbered list", "Bulleted list", "Link",
                "Remove formatting");
        assertThat(editors.get(0).findElements(By.cssSelector(".ql-picker, select"))).as("no fonts, sizes, colours").isEmpty();
        WebElement area = editors.get(0).findElement(By.cssSelector(".ql-editor"));
        assertThat(area.getAttribute("role")).isEqualTo("textbox");
        assertThat(area.getSize().getHeight()).as("sized for writing").isGreaterThanOrEqualTo(200);
        assertThat(area.getSize().getWidth()).isGreaterThanOrEqualTo(700);
    }
}
