package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.hwb.it.Papers.id;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Democratic services in a real browser keep the record of a meeting: attendance (the quorum
 * shown), the minutes item by item with a resolution, then the approval at the next meeting of the
 * body; the public decisions page shows the resolution. The demo meeting of 10 December 2024 (whose
 * record the demo data loads through the same facades, approved at the March 2025 meeting) is
 * shown on each screen. Screenshots go to target/screenshots.
 */
class MeetingRecordJourneyIT extends BrowserJourney {

    MeetingRecordJourneyIT() {
        super("record");
    }

    private void press(String id) {
        browser.driver().findElement(By.id(id)).sendKeys(Keys.ENTER);
    }

    private String text(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    private long demoMeeting() {
        Api anonymous = Api.anonymous(base);
        long hwb = anonymous.get("api/bodies").array().stream().map(b -> b.asJsonObject())
                .filter(b -> b.getString("name").equals("Health and Wellbeing Board")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        return id(anonymous.get("api/meetings?body=" + hwb + "&from=2024-12-10&to=2024-12-10").json().getJsonArray("items").getJsonObject(0));
    }

    @Test
    void theDemoMeetingsRecordOnEveryScreen() {
        long december = demoMeeting();
        browser.driver().manage().deleteAllCookies();
        browser.signIn(base, "democratic");
        browser.open(base + "board/manage/attendance.xhtml?id=" + december);
        assertThat(text("quorum")).contains("Quorate");
        assertThat(browser.driver().getPageSource()).contains("Sara Quinn").contains("Other registrable interest");
        browser.screenshot("record-demo-attendance");
        browser.open(base + "board/manage/minutes.xhtml?id=" + december);
        assertThat(text("minutesStatus")).contains("Approved");
        browser.driver().findElements(By.cssSelector("[id$=':goto']")).get(6).sendKeys(Keys.ENTER);
        waiting().until(d -> d.findElement(By.id("minutesForm:resolutions")).getAttribute("value").contains("That progress be noted."));
        browser.screenshot("record-demo-minutes-editor");
        browser.open(base + "board/manage/actions.xhtml?id=" + december);
        assertThat(browser.driver().getPageSource()).contains("Bring a further update");
        browser.screenshot("record-demo-action-log");
        browser.open(base + "board/manage/forward-plan.xhtml");
        assertThat(browser.driver().getPageSource()).contains("Better Care Fund 2025/26 plan");
        browser.screenshot("record-forward-plan-manage");

        browser.driver().manage().deleteAllCookies();
        browser.open(base + "public/minutes.xhtml?id=" + december);
        assertThat(text("items")).contains("Resolved: That the Self Evaluation Framework (SEF) be agreed.");
        browser.screenshot("record-demo-public-minutes");
        browser.open(base + "public/forward-plan.xhtml");
        assertThat(text("forwardPlan")).contains("Better Care Fund 2025/26 plan");
        browser.screenshot("record-public-forward-plan");
    }

    @Test
    void democraticServicesRecordsAttendanceAndMinutesAndApprovesThemAtTheNextMeeting() {
        Records r = new Records(base);
        String suffix = Api.unique();
        long body = r.body("Journey record group " + suffix, 2, 1, false, "");
        r.member(body, r.person("Cllr Journey " + suffix), "CHAIR", ",\"councillor\":true");
        r.member(body, r.person("Partner Journey " + suffix), "MEMBER", "");
        r.member(body, r.person("Officer Journey " + suffix), "MEMBER", "");
        long meeting = r.meeting(body, 14);
        r.item(meeting, "Welcome", "");
        r.item(meeting, "Joint plan " + suffix, "");
        r.publish(meeting);

        browser.driver().manage().deleteAllCookies();
        browser.signIn(base, "democratic");
        browser.open(base + "board/manage/meeting.xhtml?id=" + meeting);
        browser.driver().findElement(By.id("meetingForm:attendanceLink")).click();
        browser.awaitPageReady();
        new Select(browser.driver().findElement(By.id("attendanceForm:members:1:status"))).selectByVisibleText("Apologies");
        press("attendanceForm:allPresent");
        waiting().until(d -> new Select(d.findElement(By.id("attendanceForm:members:0:status"))).getFirstSelectedOption().getText().equals("Present"));
        assertThat(new Select(browser.driver().findElement(By.id("attendanceForm:members:1:status"))).getFirstSelectedOption().getText())
                .isEqualTo("Apologies");
        press("attendanceForm:saveAttendance");
        waiting().until(d -> d.findElement(By.id("attendanceForm:messages")).getText().contains("Attendance saved"));
        assertThat(text("quorum")).contains("Quorate: 2 voting members present (1 councillor)");
        browser.screenshot("record-journey-attendance");

        browser.open(base + "board/manage/minutes.xhtml?id=" + meeting);
        WebElement minute = browser.driver().findElement(By.id("minutesForm:minute"));
        minute.sendKeys("The Chair welcomed members.");
        press("minutesForm:saveNext");
        waiting().until(d -> d.findElement(By.cssSelector("#minutesForm\\:editor h2")).getText().contains("Joint plan " + suffix));
        browser.driver().findElement(By.id("minutesForm:minute")).sendKeys("The group considered the joint plan.");
        browser.driver().findElement(By.id("minutesForm:resolutions")).sendKeys("That the joint plan " + suffix + " be agreed.");
        press("minutesForm:save");
        waiting().until(d -> d.findElement(By.id("minutesForm:messages")).getText().contains("Saved the minute of item 2"));
        assertThat(text("agenda")).contains("✓ minuted");
        browser.screenshot("record-journey-minutes");

        long next = r.meeting(body, 3); // arranged now: "Minutes of the previous meeting" is on its agenda
        r.publish(next);
        browser.open(base + "board/manage/minutes.xhtml?id=" + meeting);
        new Select(browser.driver().findElement(By.id("minutesForm:approveAt"))).selectByIndex(1);
        press("minutesForm:approve");
        waiting().until(d -> d.findElement(By.id("confirmForm:confirmYes")).isDisplayed());
        browser.screenshot("record-journey-approve-confirm");
        press("confirmForm:confirmYes");
        waiting().until(d -> d.findElement(By.id("minutesStatus")).getText().contains("Approved"));
        browser.screenshot("record-journey-approved");
        assertThat(r.democratic().get("api/meetings/" + meeting).json().getString("status")).isEqualTo("MINUTES_APPROVED");

        browser.driver().manage().deleteAllCookies();
        browser.open(base + "public/decisions.xhtml?body=" + body);
        assertThat(text("decisions")).contains("Resolved: That the joint plan " + suffix + " be agreed.")
                .contains("Resolved: That the minutes of the meeting held on");
        browser.screenshot("record-journey-public-decisions");
    }
}
