package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The SEND lead in a real browser: starts a new SEF version from the agreed one, edits a Part B "what
 * we do well" entry in place, saves, and opens the comparison, which names the change. Then the
 * module's other screens (home, inspection, action plan, metrics with the chart, annual update) as a
 * board member reads them. Screenshots go to target/screenshots.
 */
class SendJourneyIT extends BrowserJourney {

    SendJourneyIT() {
        super("send");
    }

    private WebElement find(String idEnd) {
        return browser.driver().findElement(By.cssSelector("[id$='" + idEnd + "']"));
    }

    /** Presses a button from the keyboard, as a keyboard user would. */
    private void press(String idEnd) {
        find(idEnd).sendKeys(Keys.ENTER);
    }

    @Test
    void theSendLeadEditsAPartBEntrySavesANewVersionAndComparesIt() {
        Send send = new Send(base);
        JsonObject newest = send.lead().get("api/send/sef").array().getJsonObject(0);
        if (newest.getString("status").equals("DRAFT")) {
            assertThat(send.lead().post("api/send/sef/" + newest.getInt("number") + "/agree", "{}").status()).isEqualTo(200);
        }
        int agreed = send.latestAgreed();

        browser.driver().manage().deleteAllCookies();
        browser.signIn(base, "sendlead");
        browser.open(base + "send/manage/sef-versions.xhtml");
        assertThat(find("versionsForm:copyOf_label").getText()).startsWith("Version " + agreed + ",");
        browser.screenshot("send-sef-versions");
        press("versionsForm:start");
        waiting().until(d -> d.getCurrentUrl().contains("sef.xhtml?number="));
        browser.awaitPageReady();
        int draft = Integer.parseInt(browser.driver().getCurrentUrl().replaceAll(".*number=(\\d+).*", "$1"));
        assertThat(draft).isGreaterThan(agreed);
        assertThat(find("sefForm:messages").getText()).contains("Version " + draft + " started as a copy of version " + agreed);

        browser.driver().findElement(By.linkText("Part B: evaluation areas")).click();
        waiting().until(d -> find("areaTitle").isDisplayed());
        assertThat(find("areaTitle").getText()).startsWith("1. Children and young people's needs are identified accurately");
        WebElement entry = find("doWell:0:text");
        String before = entry.getAttribute("value");
        String added = " It now also meets weekly (journey " + Api.unique() + ").";
        entry.click();
        entry.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), added);
        browser.screenshot("send-sef-editing-part-b");
        press("sefForm:save");
        waiting().until(d -> find("sefForm:messages").getText().contains("Version " + draft + " saved."));
        browser.screenshot("send-sef-saved");
        JsonObject stored = send.lead().get("api/send/sef/" + draft).json();
        assertThat(stored.getJsonArray("areas").getJsonObject(0).getJsonArray("doWell").getString(0)).isEqualTo(before + added);

        browser.open(base + "send/manage/sef-versions.xhtml");
        assertThat(find("compareForm:from_label").getText()).startsWith("Version " + agreed);
        assertThat(find("compareForm:to_label").getText()).startsWith("Version " + draft);
        press("compareForm:compare");
        waiting().until(d -> find("comparisonSummary").isDisplayed());
        assertThat(find("comparisonSummary").getText()).contains("From version " + agreed + " to version " + draft).contains("0 added").contains("0 removed");
        String changes = find("compareForm:changes").getText();
        assertThat(changes).contains("Changed").contains("Part B: what we do well, area 1").contains(before + added);
        browser.screenshot("send-sef-comparison");
    }

    @Test
    void aBoardMemberReadsTheInspectionThePlanTheMetricsAndTheUpdate() {
        browser.driver().manage().deleteAllCookies();
        browser.signIn(base, "member");
        browser.open(base + "send/index.xhtml");
        assertThat(find("outcome").getText()).contains("inconsistent experiences and outcomes");
        assertThat(find("nextInspection").getText()).isEqualTo("Full inspection expected by 9 June 2026 (within about 3 years of publication).");
        browser.screenshot("send-home");

        browser.driver().findElement(By.id("inspectionLink")).click();
        browser.awaitPageReady();
        assertThat(find("inspectionForm:recommendations").getText()).contains("Local area partnership leaders should ensure that they share accurate data");
        assertThat(browser.driver().findElements(By.cssSelector("[id$='inspectionForm:edit']"))).as("a member cannot correct it").isEmpty();
        browser.screenshot("send-inspection");

        browser.open(base + "send/manage/actions.xhtml");
        String plan = find("actionsForm:actions").getText();
        assertThat(plan).contains("Complete the SEND Joint Strategic Needs Assessment (JSNA)").contains("At risk").contains("overdue");
        browser.screenshot("send-action-plan");

        long action = Send.objects(Api.as(base, "member").get("api/send/actions").array()).stream()
                .filter(a -> a.getString("code").equals("4.1")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        browser.open(base + "send/manage/action.xhtml?id=" + action);
        assertThat(find("actionForm:milestoneTable").getText()).contains("JSNA completed and published");
        assertThat(find("actionForm:notes").getText()).contains("Q3 2024/25");
        browser.screenshot("send-action");

        long metric = Send.objects(Api.as(base, "member").get("api/send/metrics").array()).stream()
                .filter(m -> m.getString("name").equals("EHC needs assessment requests")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        browser.open(base + "send/manage/metrics.xhtml?id=" + metric);
        waiting().until(d -> !d.findElements(By.cssSelector("canvas")).isEmpty());
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                browser.driver().findElement(By.cssSelector("canvas")));
        assertThat(find("metricName").getText()).isEqualTo("EHC needs assessment requests");
        assertThat(find("metricsForm:values").getText()).contains("2019").contains("293").contains("517");
        assertThat(find("metricsForm:metrics").getText()).contains("Worse than the comparator: 33.4%, 1.1 points above 32.3%.");
        browser.screenshot("send-metrics-chart");

        browser.open(base + "send/manage/annual-update.xhtml?year=2023-24");
        List<String> texts = browser.driver().findElements(By.cssSelector("textarea")).stream().map(t -> t.getAttribute("value")).toList();
        assertThat(texts).contains("Joint data dashboards.");
        assertThat(browser.driver().findElements(By.cssSelector("[id$='updateForm:save']"))).as("read only for a member").isEmpty();
        browser.screenshot("send-annual-update");

        long draftOrAgreed = Send.objects(Api.as(base, "member").get("api/send/sef").array()).get(0).getInt("number");
        browser.open(base + "send/manage/sef.xhtml?number=" + draftOrAgreed);
        assertThat(browser.driver().findElements(By.cssSelector("[id$='sefForm:save']"))).as("a member does not edit the SEF").isEmpty();
        assertThat(find("unanswered").getText()).contains("not yet answered");
    }
}
