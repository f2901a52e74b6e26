package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.hwb.it.StrategyPlans.id;
import static uk.gov.hwb.it.StrategyPlans.ok;
import static uk.gov.hwb.it.StrategyPlans.periodNamed;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A strategy lead in a real browser: the demo Health and Wellbeing Strategy as a tree with status
 * badges that carry their words, and its November 2013 summary with the chart; then, on a plan of
 * their own, they save a draft (not counted), submit a slippage (refused until they say what is
 * being done) and see the summary change. Screenshots of the tree and the summaries are kept in
 * target/screenshots.
 */
class StrategiesJourneyIT extends BrowserJourney {

    StrategiesJourneyIT() {
        super("strategies");
    }

    /** Whether the page would warn before it is left (the shared unsaved-changes guard of hwb.js). */
    private boolean unsaved() {
        return Boolean.TRUE.equals(browser.script("return hwb.unsaved.isDirty()"));
    }

    private String text(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    private void type(String id, String value) {
        WebElement input = browser.driver().findElement(By.id(id));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
    }

    private void press(String id) {
        browser.driver().findElement(By.id(id)).sendKeys(Keys.ENTER);
    }

    private void chooseStatus(String label) {
        browser.driver().findElement(By.xpath("//div[@id='updateForm:status']//label[normalize-space()='" + label + "']")).click();
    }

    @Test
    void theDemoStrategyReadsAsATreeAndItsSummaryHasTheSeedsFigures() {
        StrategyPlans plans = new StrategyPlans(base);
        JsonObject hwb = plans.demo(StrategiesIT.HWB);
        browser.driver().manage().deleteAllCookies();
        browser.signIn(base, "member");
        browser.open(base + "strategies/manage/strategy.xhtml?id=" + id(hwb));
        browser.await(By.id("strategyForm:plan"));
        String tree = text("strategyForm:plan");
        assertThat(tree).contains("A positive start in life").contains("1.2B").contains("Establishing the single gateway for CAMHS")
                .contains("On course (November 2013)").contains("Some slippage (November 2013)");
        WebElement badge = browser.driver().findElement(By.cssSelector("[id='strategyForm:plan'] .hwb-badge-some-slippage"));
        assertThat(badge.getText()).as("the badge carries the word, not colour alone").isEqualTo("Some slippage");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()",
                browser.driver().findElement(By.id("strategyForm:plan")));
        browser.screenshot("strategies-tree");

        browser.open(base + "strategies/manage/summary.xhtml?strategy=" + id(hwb) + "&period=" + periodNamed(hwb, "November 2013"));
        browser.await(By.id("overall"));
        assertThat(text("overallShares")).isEqualTo("November 2013 80.2% 5.7% 0.9% 13.2% 0.0%");
        assertThat(text("previousShares")).isEqualTo("September 2013 74.5% 4.7% 0.0% 20.8% 0.0%");
        assertThat(text("changes")).isEqualTo("Change since September 2013 (points) +5.7 +1.0 +0.9 -7.6 0.0");
        assertThat(browser.driver().findElements(By.cssSelector("canvas")).size()).as("the chart").isPositive();
        assertThat(text("byPriority")).contains("1: A positive start in life 88.2% (30)");
        browser.screenshot("strategies-summary-november-2013");

        JsonObject essex = plans.demo("Essex Health and Social Care Strategy 2021–2025");
        browser.open(base + "strategies/manage/strategy.xhtml?id=" + id(essex));
        browser.await(By.id("strategyForm:measures"));
        assertThat(text("strategyForm:measures")).contains("From 61% (1 April 2021) to 72% by 31 March 2025")
                .contains("Off track: 3.3 points below the 66.5% expected by 31 March 2023").contains("Increase (no numeric target)");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()",
                browser.driver().findElement(By.id("strategyForm:measures")));
        browser.screenshot("strategies-measures");

        browser.open(base + "strategies/manage/trend.xhtml?strategy=" + id(hwb));
        browser.await(By.id("trend"));
        assertThat(text("trend")).contains("September 2013").contains("74.5%").contains("80.2% (+5.7)");
        browser.screenshot("strategies-trend");
    }

    @Test
    void aLeadUpdatesAnActionsStatusForThePeriodAndTheSummaryChanges() {
        StrategyPlans plans = new StrategyPlans(base);
        long lead = plans.person("Strategy Lead");
        long strategy = plans.strategy("Journey strategy " + Api.unique());
        long priority = plans.priority(strategy, 1, "Carers");
        long first = plans.action(strategy, "1.1", "Increasing the number of registered carers", priority, lead);
        plans.action(strategy, "1.2", "Increase in Carers GP health check", priority, lead);
        long period = plans.period(strategy, "Quarter 3", LocalDate.now().plusDays(14).toString());

        browser.driver().manage().deleteAllCookies();
        browser.signIn(base, "strategylead");
        browser.open(base + "strategies/index.xhtml");
        assertThat(text("dueSummary")).contains("updates due");
        assertThat(browser.driver().getPageSource()).contains("1.1 Increasing the number of registered carers");

        browser.open(base + "strategies/manage/updates.xhtml?strategy=" + strategy + "&period=" + period + "&action=" + first);
        browser.await(By.id("updateForm:status"));
        assertThat(text("actionHeading")).isEqualTo("1.1 Increasing the number of registered carers");
        chooseStatus("Some slippage");
        type("updateForm:commentary", "Registrations are behind.");
        assertThat(unsaved()).as("typing is a change not yet saved").isTrue();
        press("updateForm:saveDraft");
        waiting().until(d -> d.findElement(By.id("state")).getText().startsWith("Draft saved"));
        assertThat(unsaved()).as("nothing unsaved once the draft is stored").isFalse();
        JsonObject draft = ok(plans.lead().get("api/strategies/" + strategy + "/periods/" + period + "/summary")).getJsonObject("overall");
        assertThat(draft.getJsonObject("counts").getInt("NO_UPDATE")).as("a draft is not counted").isEqualTo(2);

        type("updateForm:commentary", "Registrations are behind the plan.");
        press("updateForm:submit");
        waiting().until(d -> d.findElement(By.id("updateForm:messages")).getText().contains("Mitigation is required for Some slippage"));
        assertThat(unsaved()).as("a refused submission stored nothing, so the change is still unsaved").isTrue();
        type("updateForm:mitigation", "A registration drive with GP practices.");
        press("updateForm:submit");
        waiting().until(d -> d.findElement(By.id("state")).getText().startsWith("Submitted"));
        assertThat(unsaved()).as("nothing unsaved once submitted").isFalse();
        assertThat(text("updateForm:messages")).contains("Update of 1.1 submitted: Some slippage.");
        browser.screenshot("strategies-update-form");

        browser.open(base + "strategies/manage/summary.xhtml?strategy=" + strategy + "&period=" + period);
        browser.await(By.id("overall"));
        assertThat(text("overallShares")).isEqualTo("Quarter 3 0.0% 50.0% 0.0% 0.0% 50.0%");
        assertThat(text("overallCounts")).isEqualTo("Number of actions 0 1 0 0 1");
        assertThat(browser.driver().getPageSource()).contains("A registration drive with GP practices.");
        browser.screenshot("strategies-summary-after-update");

        JsonObject summary = ok(plans.lead().get("api/strategies/" + strategy + "/periods/" + period + "/summary")).getJsonObject("overall");
        assertThat(summary.getJsonObject("counts").getInt("SOME_SLIPPAGE")).isEqualTo(1);
    }
}
