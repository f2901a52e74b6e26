package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Every confirmation dialogue is safe from the keyboard: it opens with the focus on the safe
 * answer, so Enter at once removes and publishes nothing; its action button names the action
 * ("Remove item 2", "Publish version 1"); Esc closes it; Tab stays inside it; and the focus goes
 * back to the button that opened it. A held meeting's agenda is published again only as a
 * correction with a reason, which the public page shows.
 */
class ConfirmationsIT extends BrowserJourney {

    ConfirmationsIT() {
        super("confirmations");
    }

    private void signIn(String username) {
        browser.driver().manage().deleteAllCookies();
        browser.signIn(base, username);
    }

    private boolean shown(By dialog) {
        return browser.driver().findElements(dialog).stream().anyMatch(WebElement::isDisplayed);
    }

    /**
     * Waits for the dialogue to take the focus (it moves it on opening, a moment after it shows),
     * then presses Tab a few times and checks the focus never leaves it.
     */
    private void assertTabStaysIn(By dialog) {
        waiting().until(d -> Boolean.TRUE.equals(browser.script("return arguments[0].closest(arguments[1]) !== null", browser.focused(), cssOf(dialog))));
        for (int i = 0; i < 6; i++) {
            browser.focused().sendKeys(Keys.TAB);
            WebElement focused = browser.focused();
            assertThat(browser.script("return arguments[0].closest(arguments[1]) !== null", focused, cssOf(dialog)))
                    .as("focus after " + (i + 1) + " Tab(s) is inside the dialogue, on " + focused.getAttribute("id")).isEqualTo(true);
        }
    }

    /**
     * Focus moved behind the open dialogue (as PrimeFaces does when it returns the focus to the opener of
     * a dialogue closed a moment before this one opened) comes straight back to where it was inside.
     */
    private void assertFocusComesBack(By dialog, String behind) {
        WebElement before = browser.focused();
        browser.script("document.getElementById(arguments[0]).focus()", behind);
        assertThat(browser.focused()).as("the focus after something behind the dialogue took it").isEqualTo(before);
        assertThat(shown(dialog)).isTrue();
    }

    private static String cssOf(By by) {
        String s = by.toString();
        return s.startsWith("By.id: ") ? "[id='" + s.substring(7) + "']" : s.substring(s.indexOf(':') + 2);
    }

    private long meetingWithItems(Papers papers, String start, String... titles) {
        long meeting = papers.meeting(papers.body("Confirmations board " + Api.unique()), start);
        for (String title : titles) {
            papers.item(meeting, title, start.startsWith("2099") ? "" : ",\"urgencyReason\":\"Added late for the test\"");
        }
        return meeting;
    }

    private int items(Papers papers, long meeting) {
        return papers.democratic().get("api/meetings/" + meeting + "/items").array().size();
    }

    private int versions(Papers papers, long meeting) {
        return papers.democratic().get("api/meetings/" + meeting + "/publications").array().size();
    }

    @Test
    void removingAnItemStartsOnKeepAndEscCloses() {
        Papers papers = new Papers(base);
        long meeting = meetingWithItems(papers, "2099-03-03T17:00:00Z", "Apologies", "Declarations of interest", "Minutes");
        signIn("democratic");
        browser.open(base + "board/manage/meeting.xhtml?id=" + meeting);
        By confirm = By.cssSelector(".hwb-confirm");

        browser.driver().findElement(By.id("meetingForm:agenda:1:remove")).sendKeys(Keys.ENTER);
        waiting().until(d -> shown(confirm));
        assertThat(browser.focused().getText()).as("the focus starts on the safe answer").isEqualTo("Keep item 2");
        assertThat(browser.driver().findElement(By.id("confirmForm:confirmYes")).getText()).isEqualTo("Remove item 2");
        assertThat(browser.driver().findElement(confirm).getText()).contains("Remove item 2, ‘Declarations of interest’, from the agenda?");
        browser.focused().sendKeys(Keys.ENTER);
        waiting().until(d -> !shown(confirm));
        assertThat(items(papers, meeting)).as("Enter on the first focus removed nothing").isEqualTo(3);

        browser.driver().findElement(By.id("meetingForm:agenda:1:remove")).sendKeys(Keys.ENTER);
        waiting().until(d -> shown(confirm));
        assertTabStaysIn(confirm);
        browser.focused().sendKeys(Keys.ESCAPE);
        waiting().until(d -> !shown(confirm));
        assertThat(items(papers, meeting)).as("Esc removed nothing").isEqualTo(3);
        waiting().until(d -> "meetingForm:agenda:1:remove".equals(browser.focused().getAttribute("id")));

        // Choosing the named action does remove it.
        browser.focused().sendKeys(Keys.ENTER);
        waiting().until(d -> shown(confirm));
        browser.driver().findElement(By.id("confirmForm:confirmYes")).click();
        waiting().until(d -> items(papers, meeting) == 2);
        waiting().until(d -> d.findElement(By.id("meetingForm:messages")).getText().contains("Removed item 2"));
    }

    @Test
    void theSessionWarningTakesTheFocusOverAnOpenDialogueAndGivesItBack() {
        Papers papers = new Papers(base);
        long meeting = meetingWithItems(papers, "2099-04-08T17:00:00Z", "Apologies");
        signIn("democratic");
        browser.open(base + "board/manage/meeting.xhtml?id=" + meeting);
        By dialog = By.id("publishDialog");
        browser.driver().findElement(By.id("meetingForm:publish")).sendKeys(Keys.ENTER);
        waiting().until(d -> shown(dialog));
        waiting().until(d -> "publishForm:publishCancel".equals(browser.focused().getAttribute("id")));

        browser.script("hwb.session.warn()");
        waiting().until(d -> "sessionForm:staySignedIn".equals(browser.focused().getAttribute("id")));
        browser.focused().sendKeys(Keys.ENTER);
        waiting().until(d -> !shown(By.id("sessionForm:sessionWarning")));
        waiting().until(d -> "publishForm:publishCancel".equals(browser.focused().getAttribute("id")));
        assertThat(shown(dialog)).as("the publish dialogue is still open").isTrue();
        assertThat(versions(papers, meeting)).isZero();
    }

    @Test
    void publishingStartsOnCancelAndEscCloses() {
        Papers papers = new Papers(base);
        long meeting = meetingWithItems(papers, "2099-04-07T17:00:00Z", "Apologies");
        signIn("democratic");
        browser.open(base + "board/manage/meeting.xhtml?id=" + meeting);
        By dialog = By.id("publishDialog");

        browser.driver().findElement(By.id("meetingForm:publish")).sendKeys(Keys.ENTER);
        waiting().until(d -> shown(dialog));
        waiting().until(d -> "publishForm:publishCancel".equals(browser.focused().getAttribute("id")));
        assertThat(browser.driver().findElement(By.id("publishForm:publishConfirm")).getText()).isEqualTo("Publish version 1");
        browser.focused().sendKeys(Keys.ENTER);
        waiting().until(d -> !shown(dialog));
        assertThat(versions(papers, meeting)).as("Enter on the first focus published nothing").isZero();

        browser.driver().findElement(By.id("meetingForm:publish")).sendKeys(Keys.ENTER);
        waiting().until(d -> shown(dialog));
        assertTabStaysIn(dialog);
        assertFocusComesBack(dialog, "meetingForm:publish");
        browser.focused().sendKeys(Keys.ESCAPE);
        waiting().until(d -> !shown(dialog));
        assertThat(versions(papers, meeting)).as("Esc published nothing").isZero();
        waiting().until(d -> "meetingForm:publish".equals(browser.focused().getAttribute("id")));

        browser.focused().sendKeys(Keys.ENTER);
        waiting().until(d -> shown(dialog));
        browser.driver().findElement(By.id("publishForm:publishConfirm")).click();
        waiting().until(d -> d.findElement(By.id("meetingForm:messages")).getText().contains("Published version 1"));
        assertThat(versions(papers, meeting)).isEqualTo(1);
        assertThat(browser.driver().findElement(By.id("meetingForm:publish")).getText()).isEqualTo("Publish version 2");
        assertThat(browser.driver().findElement(By.id("status")).getText()).isEqualTo("Agenda published");
        assertThat(browser.driver().findElement(By.id("deadline")).getText()).startsWith("Published on time: version 1 on ");
    }

    @Test
    void aHeldMeetingIsPublishedAgainOnlyAsACorrectionWithAReason() {
        Papers papers = new Papers(base);
        long meeting = meetingWithItems(papers, "2024-06-11T16:00:00Z", "Apologies");
        papers.publish(meeting);
        Api.Reply refused = papers.democratic().post("api/meetings/" + meeting + "/publish", "");
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().getString("detail")).contains("correction");
        assertThat(versions(papers, meeting)).isEqualTo(1);

        signIn("democratic");
        browser.open(base + "board/manage/meeting.xhtml?id=" + meeting);
        assertThat(browser.driver().findElement(By.id("status")).getText()).isEqualTo("Held");
        By dialog = By.id("publishDialog");
        WebElement publish = browser.driver().findElement(By.id("meetingForm:publish"));
        assertThat(publish.getText()).isEqualTo("Publish correction (version 2)");
        publish.sendKeys(Keys.ENTER);
        waiting().until(d -> shown(dialog));
        waiting().until(d -> "publishForm:publishCancel".equals(browser.focused().getAttribute("id")));
        browser.focused().sendKeys(Keys.ENTER);
        waiting().until(d -> !shown(dialog));
        assertThat(versions(papers, meeting)).isEqualTo(1);

        browser.driver().findElement(By.id("meetingForm:publish")).sendKeys(Keys.ENTER);
        waiting().until(d -> shown(dialog));
        browser.driver().findElement(By.id("publishForm:publishConfirm")).click();
        waiting().until(d -> d.findElement(By.id("publishForm")).getText().contains("Give the reason for the correction."));
        assertThat(versions(papers, meeting)).as("no reason, no correction").isEqualTo(1);
        String reason = "The venue on the agenda was wrong " + Api.unique();
        browser.driver().findElement(By.id("publishForm:correctionReason")).sendKeys(reason);
        browser.driver().findElement(By.id("publishForm:publishConfirm")).click();
        waiting().until(d -> versions(papers, meeting) == 2);
        JsonObject second = papers.democratic().get("api/meetings/" + meeting + "/publications").array().getJsonObject(1);
        assertThat(second.getString("correctionReason")).isEqualTo(reason);
        assertThat(Api.anonymous(base).get("public/meeting.xhtml?id=" + meeting).body()).contains("Corrected after the meeting: " + reason);

        Api.Reply viaApi = papers.democratic().post("api/meetings/" + meeting + "/publish", "{\"correctionReason\":\"Typo in item 1\"}");
        assertThat(viaApi.status()).as(viaApi.body()).isEqualTo(200);
        assertThat(viaApi.json().getString("correctionReason")).isEqualTo("Typo in item 1");
    }

    @Test
    void removingABankHolidayStartsOnKeep() {
        Api admin = Api.as(base, "admin");
        int before = admin.get("api/calendar/bank-holidays?year=2023").array().size();
        signIn("admin");
        browser.open(base + "calendar/bank-holidays.xhtml");
        By confirm = By.cssSelector(".hwb-confirm");
        browser.driver().findElement(By.id("holidaysForm:holidays:0:remove")).sendKeys(Keys.ENTER);
        waiting().until(d -> shown(confirm));
        assertThat(browser.focused().getText()).startsWith("Keep ");
        assertThat(browser.driver().findElement(By.id("confirmForm:confirmYes")).getText()).startsWith("Remove ");
        browser.focused().sendKeys(Keys.ENTER);
        waiting().until(d -> !shown(confirm));
        assertThat(admin.get("api/calendar/bank-holidays?year=2023").array()).as("Enter on the first focus removed nothing").hasSize(before);
        browser.driver().findElement(By.id("holidaysForm:holidays:0:remove")).sendKeys(Keys.ENTER);
        waiting().until(d -> shown(confirm));
        browser.focused().sendKeys(Keys.ESCAPE);
        waiting().until(d -> !shown(confirm));
        assertThat(admin.get("api/calendar/bank-holidays?year=2023").array()).hasSize(before);
    }

    /**
     * The confirmations the BCF, strategies and SEND screens add go through the same dialogue: the safe
     * answer first (Enter on it changes nothing), the action named on the other button, Esc closes.
     */
    @Test
    void theDomainScreensConfirmationsStartOnTheSafeAnswer() {
        By confirm = By.cssSelector(".hwb-confirm");

        // Strategies: closing a reporting period.
        StrategyPlans plans = new StrategyPlans(base);
        long strategy = plans.strategy("Confirmations strategy " + Api.unique());
        long period = plans.period(strategy, "Quarter 1", java.time.LocalDate.now().plusDays(14).toString());
        java.util.function.Supplier<Boolean> closed = () -> StrategyPlans.ok(plans.lead().get("api/strategies/" + strategy))
                .getJsonArray("periods").getValuesAs(JsonObject.class).stream().filter(p -> StrategyPlans.id(p) == period)
                .findFirst().orElseThrow().getBoolean("closed");
        signIn("strategylead");
        browser.open(base + "strategies/manage/strategy.xhtml?id=" + strategy);
        By close = By.id("strategyForm:periods:0:close");
        browser.driver().findElement(close).sendKeys(Keys.ENTER);
        waiting().until(d -> shown(confirm));
        assertThat(browser.focused().getText()).as("the focus starts on the safe answer").isEqualTo("Keep Quarter 1 open");
        assertThat(browser.driver().findElement(By.id("confirmForm:confirmYes")).getText()).isEqualTo("Close Quarter 1");
        browser.focused().sendKeys(Keys.ENTER);
        waiting().until(d -> !shown(confirm));
        assertThat(closed.get()).as("Enter on the first focus closed nothing").isFalse();
        browser.driver().findElement(close).sendKeys(Keys.ENTER);
        waiting().until(d -> shown(confirm));
        assertTabStaysIn(confirm);
        browser.focused().sendKeys(Keys.ESCAPE);
        waiting().until(d -> !shown(confirm));
        assertThat(closed.get()).as("Esc closed nothing").isFalse();

        // SEND: agreeing a version of the SEF.
        Send send = new Send(base);
        int draft = send.freshDraft().getInt("number");
        signIn("sendlead");
        browser.open(base + "send/manage/sef.xhtml?number=" + draft);
        browser.driver().findElement(By.id("sefForm:agree")).sendKeys(Keys.ENTER);
        waiting().until(d -> shown(confirm));
        assertThat(browser.focused().getText()).isEqualTo("Keep it as a draft");
        assertThat(browser.driver().findElement(By.id("confirmForm:confirmYes")).getText()).isEqualTo("Agree version " + draft);
        browser.focused().sendKeys(Keys.ENTER);
        waiting().until(d -> !shown(confirm));
        browser.driver().findElement(By.id("sefForm:agree")).sendKeys(Keys.ENTER);
        waiting().until(d -> shown(confirm));
        browser.focused().sendKeys(Keys.ESCAPE);
        waiting().until(d -> !shown(confirm));
        assertThat(send.lead().get("api/send/sef/" + draft).json().getString("status")).as("neither Enter nor Esc agreed it").isEqualTo("DRAFT");

        // BCF: the chair signing off a quarterly return.
        Bcf bcf = new Bcf(base);
        long plan = bcf.plan("Confirmations " + Api.unique());
        long quarterlyReturn = bcf.startReturn(plan, "2023-24", 2).getJsonNumber("id").longValue();
        signIn("member");
        browser.open(base + "bcf/manage/return.xhtml?id=" + quarterlyReturn);
        browser.driver().findElement(By.id("returnForm:signOff")).sendKeys(Keys.ENTER);
        waiting().until(d -> shown(confirm));
        assertThat(browser.focused().getText()).isEqualTo("Not yet");
        assertThat(browser.driver().findElement(By.id("confirmForm:confirmYes")).getText()).startsWith("Sign off the ");
        browser.focused().sendKeys(Keys.ENTER);
        waiting().until(d -> !shown(confirm));
        browser.driver().findElement(By.id("returnForm:signOff")).sendKeys(Keys.ENTER);
        waiting().until(d -> shown(confirm));
        browser.focused().sendKeys(Keys.ESCAPE);
        waiting().until(d -> !shown(confirm));
        assertThat(bcf.finance().get("api/bcf/returns/" + quarterlyReturn).json().getString("status")).as("neither Enter nor Esc signed it off")
                .isEqualTo("DRAFT");

        // BCF: the finance officer submitting the signed-off return (which locks it).
        Api.Reply signed = Api.as(base, "member").post("api/bcf/returns/" + quarterlyReturn + "/sign-off", "");
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        signIn("finance");
        browser.open(base + "bcf/manage/return.xhtml?id=" + quarterlyReturn);
        browser.driver().findElement(By.id("returnForm:submit")).sendKeys(Keys.ENTER);
        waiting().until(d -> shown(confirm));
        assertThat(browser.focused().getText()).isEqualTo("Not yet");
        assertThat(browser.driver().findElement(By.id("confirmForm:confirmYes")).getText()).startsWith("Submit the ");
        browser.focused().sendKeys(Keys.ENTER);
        waiting().until(d -> !shown(confirm));
        browser.driver().findElement(By.id("returnForm:submit")).sendKeys(Keys.ENTER);
        waiting().until(d -> shown(confirm));
        assertTabStaysIn(confirm);
        assertFocusComesBack(confirm, "returnForm:submit");
        browser.focused().sendKeys(Keys.ESCAPE);
        waiting().until(d -> !shown(confirm));
        assertThat(bcf.finance().get("api/bcf/returns/" + quarterlyReturn).json().getString("status")).as("neither Enter nor Esc submitted it")
                .isEqualTo("SIGNED_OFF");
    }
}
