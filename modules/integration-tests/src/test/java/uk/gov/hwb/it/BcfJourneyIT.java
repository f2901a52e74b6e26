package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.hwb.it.Bcf.id;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Better Care Fund in a real browser: the finance officer records a quarter's metric value and
 * sees its status change; the chair of the Health and Wellbeing Board (the demo "member") signs off
 * the return. Screenshots of the BCF home and each step go to target/screenshots.
 */
class BcfJourneyIT extends BrowserJourney {

    BcfJourneyIT() {
        super("bcf");
    }

    private void signInAs(String username) {
        if (!browser.driver().findElements(By.id("userForm:signOut")).isEmpty()) {
            browser.driver().findElement(By.id("userForm:signOut")).click();
            browser.awaitPageReady();
        }
        browser.signIn(base, username);
    }

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
                Thread.sleep(400);
                browser.driver().findElement(option).click();
                new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).ignoring(StaleElementReferenceException.class)
                        .until(d -> d.findElement(shown).getText().equals(label));
                awaitAjax();
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

    /** Waits until PrimeFaces has no Ajax request in flight (the chosen quarter re-renders the form below it). */
    private void awaitAjax() {
        waiting().until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    private String quarterRow(String label) {
        return browser.driver().findElement(By.xpath("//tbody[@id='metricForm:quarters_data']/tr[td[1][normalize-space()='" + label + "']]"))
                .getText();
    }

    private void typeValue(String text) {
        WebElement input = browser.driver().findElement(By.id("metricForm:value_input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
    }

    @Test
    void theFinanceOfficerRecordsAQuarterAndSeesItsStatusChangeThenTheChairSignsOffTheReturn() {
        Bcf bcf = new Bcf(base);
        long plan = bcf.plan("Journey " + Api.unique());
        JsonObject metric = bcf.metric(plan, "{\"name\":\"Reablement\",\"unit\":\"PERCENT\",\"polarity\":\"HIGHER_IS_BETTER\",\"basis\":\"AS_IS\","
                + "\"targets\":{\"2023-24\":80}}");
        long quarterlyReturn = id(bcf.startReturn(plan, "2023-24", 2));

        signInAs("finance");
        browser.open(base + "bcf/index.xhtml?plan=" + plan + "&year=2023-24");
        assertThat(browser.driver().findElement(By.id("agreement")).getText()).contains("the plan is agreed");
        browser.open(base + "bcf/manage/metric.xhtml?id=" + id(metric) + "&year=2023-24");
        assertThat(quarterRow("Q2 2023/24")).contains("No data");
        choose("metricForm:quarter", "Q2 (July to September)");
        waiting().until(d -> d.findElement(By.id("metricForm:value_input")).isDisplayed());
        typeValue("78.6");
        browser.driver().findElement(By.id("metricForm:save")).sendKeys(Keys.ENTER);
        waiting().until(d -> quarterRow("Q2 2023/24").contains("Off track"));
        assertThat(quarterRow("Q2 2023/24")).contains("78.6%").contains("Off track: 1.4 points below the target of 80%.");
        browser.screenshot("bcf-metric-off-track");

        typeValue("81");
        browser.driver().findElement(By.id("metricForm:save")).sendKeys(Keys.ENTER);
        waiting().until(d -> quarterRow("Q2 2023/24").contains("On track"));
        assertThat(quarterRow("Q2 2023/24")).contains("On track: 1 point above the target of 80%.");
        assertThat(bcf.finance().get("api/bcf/metrics/" + id(metric)).json().getJsonArray("quarters").getJsonObject(1).getString("status"))
                .isEqualTo("ON_TRACK");
        browser.screenshot("bcf-metric-on-track");

        signInAs("member");
        browser.open(base + "bcf/manage/return.xhtml?id=" + quarterlyReturn);
        assertThat(browser.driver().findElement(By.id("status")).getText()).isEqualTo("Draft");
        assertThat(browser.driver().findElements(By.id("returnForm:save"))).as("the chair reads but never edits figures").isEmpty();
        browser.driver().findElement(By.id("returnForm:signOff")).click();
        waiting().until(d -> d.findElement(By.id("confirmForm:confirmYes")).isDisplayed());
        browser.driver().findElement(By.id("confirmForm:confirmYes")).click();
        waiting().until(d -> d.findElement(By.id("status")).getText().equals("Signed off by the chair"));
        assertThat(browser.driver().findElement(By.id("signedOff")).getText()).startsWith("Councillor Maxine Sadza, ");
        browser.screenshot("bcf-return-signed-off");
        JsonObject signed = bcf.finance().get("api/bcf/returns/" + quarterlyReturn).json();
        assertThat(signed.getString("signedOffBy")).isEqualTo("Councillor Maxine Sadza");
        assertThat(signed.getBoolean("signedOnBehalf")).isFalse();
    }

    @Test
    void theBcfHomeShowsTheDemoPlan() {
        long demo = id(new Bcf(base).demoPlan());
        signInAs("member");
        browser.open(base + "bcf/index.xhtml?plan=" + demo + "&year=2023-24");
        assertThat(browser.driver().findElement(By.id("bcfForm:tabs:funding")).getText()).contains("£28,156,886").contains("Minimum NHS Contribution");
        assertThat(browser.driver().findElements(By.id("bcfForm:tabs:saveIncome"))).as("members never edit figures").isEmpty();
        browser.screenshot("bcf-home");
        browser.driver().findElement(By.xpath("//a[normalize-space()='Metrics']")).click();
        waiting().until(d -> d.findElement(By.id("bcfForm:tabs:metrics")).isDisplayed());
        assertThat(browser.driver().findElement(By.id("bcfForm:tabs:metrics")).getText()).contains("Reablement").contains("Off track")
                .contains("The commentary says \"below target by 2.4%\"");
        browser.screenshot("bcf-home-metrics");
        browser.driver().findElement(By.xpath("//a[normalize-space()='Returns']")).click();
        waiting().until(d -> d.findElement(By.id("bcfForm:tabs:returns")).isDisplayed());
        assertThat(browser.driver().findElement(By.id("bcfForm:tabs:returns")).getText())
                .contains("Q2 2023/24").contains("Submitted on 31 October 2023, on the day it was due.");
        browser.screenshot("bcf-home-returns");
    }
}
