package uk.gov.hwb.board.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.ArrayList;
import java.util.Set;
import uk.gov.hwb.board.api.ActionLog;
import uk.gov.hwb.board.api.ApproveMinutes;
import uk.gov.hwb.board.api.Attendance;
import uk.gov.hwb.board.api.AttendanceDto;
import uk.gov.hwb.board.api.AttendanceStatus;
import uk.gov.hwb.board.api.Declarations;
import uk.gov.hwb.board.api.ItemPurpose;
import uk.gov.hwb.board.api.Minutes;
import uk.gov.hwb.board.api.NewActionLogEntry;
import uk.gov.hwb.board.api.NewDeclaration;
import uk.gov.hwb.board.api.OtherAttendeeKind;
import uk.gov.hwb.board.api.Participation;
import uk.gov.hwb.board.api.RecordAttendance;
import uk.gov.hwb.board.api.RecordMinutes;
import uk.gov.hwb.board.api.MeetingStatus;
import uk.gov.hwb.board.api.Part;
import uk.gov.hwb.board.api.Publications;
import uk.gov.hwb.board.api.ReportAction;
import uk.gov.hwb.board.api.ReportSections;
import uk.gov.hwb.board.api.ReportStatus;
import uk.gov.hwb.board.entity.AgendaItem;
import uk.gov.hwb.board.entity.Appendix;
import uk.gov.hwb.board.entity.ApprovalStep;
import uk.gov.hwb.board.entity.Body;
import uk.gov.hwb.board.entity.ForwardPlanEntry;
import uk.gov.hwb.board.entity.Meeting;
import uk.gov.hwb.board.entity.Report;
import uk.gov.hwb.platform.calendar.CouncilCalendar;
import uk.gov.hwb.platform.demo.DemoData;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.people.People;
import uk.gov.hwb.platform.people.PersonDto;
import uk.gov.hwb.platform.security.Role;
import uk.gov.hwb.platform.security.Viewer;

/**
 * Demo data: the Health and Wellbeing Board meeting of Tuesday 10 December 2024 with its late
 * items 7, 9 and 10 (seed 002, abridged) and a few earlier and later meetings, published as
 * democratic services would; its attendance, a declaration, minutes with the resolutions the
 * reports recommend and an action, approved at the March 2025 meeting (September's minutes approved
 * in December); and a Cabinet meeting with a key decision on the forward plan. Loaded after the other modules' data, whose documents its papers
 * embed. Idempotent: nothing is added once the December reports exist.
 */
@Stateless
public class MeetingsDemoData implements DemoData {

    private static final String SEND_REPORT = "SEND and Strategic Action Plan Update";
    private static final String LATE = "The reports were not available when the agenda was printed; the Board's next meeting is in March, "
            + "too late for the decisions and updates they carry.";

    @PersistenceContext(unitName = "board")
    EntityManager em;

    @Inject
    GeneratedAppendices generated;

    @Inject
    People people;

    @Inject
    Publications publications;

    @Inject
    Minutes minutes;

    @Inject
    Attendance attendance;

    @Inject
    Declarations declarations;

    @Inject
    ActionLog actions;

    private static final Viewer CLERK = new Viewer("democratic", null, Set.of(Role.DEMOCRATIC_SERVICES));

    @Override
    public int order() {
        return MEETINGS;
    }

    @Override
    public void load() {
        Body hwb = em.createQuery("select b from Body b where b.name = :n", Body.class)
                .setParameter("n", BodiesDemoData.HWB).getResultStream().findFirst().orElse(null);
        if (hwb == null || em.createQuery("select count(r) from Report r where r.title = :t and r.meeting.body = :b", Long.class)
                .setParameter("t", SEND_REPORT).setParameter("b", hwb).getSingleResult() > 0) {
            return;
        }
        meetings(hwb);
    }

    private void meetings(Body hwb) {
        Meeting september = meeting(hwb, LocalDateTime.of(2024, 9, 10, 17, 0));
        AgendaItem septemberApologies = item(september, 1, "Apologies for Absence", ItemPurpose.FOR_NOTING, null, null, null);
        AgendaItem septemberDeclarations = item(september, 2, "Declarations of Interest", ItemPurpose.FOR_NOTING, null, null, null);
        publish(september, MeetingStatus.HELD);

        Meeting december = meeting(hwb, LocalDateTime.of(2024, 12, 10, 17, 0));
        List<AgendaItem> d = new ArrayList<>();
        d.add(item(december, 1, "Apologies for Absence", ItemPurpose.FOR_NOTING, null, null, null));
        d.add(item(december, 2, "Declarations of Interest", ItemPurpose.FOR_NOTING, null, null, null));
        AgendaItem septemberMinutes = item(december, 3, "Minutes of the Meeting held on Tuesday, 10th September, 2024", ItemPurpose.FOR_DECISION,
                null, null, null);
        septemberMinutes.setMinutesOfMeetingId(september.getId());
        d.add(septemberMinutes);
        d.add(item(december, 4, "Public Questions", ItemPurpose.FOR_NOTING, null, null, null));
        d.add(item(december, 5, "Joint Health and Wellbeing Strategy", ItemPurpose.FOR_DECISION, LocalTime.of(17, 15), null, null));
        d.add(item(december, 6, "Pharmaceutical Needs Assessment", ItemPurpose.FOR_DECISION, LocalTime.of(17, 40), null, null));
        Report sendReport = sendReport(december);
        AgendaItem send = item(december, 7, "SEND Reporting", ItemPurpose.FOR_DECISION, LocalTime.of(18, 5), "SEND Project Officer", sendReport);
        send.setLate(true);
        d.add(send);
        generatedAppendix(sendReport, "send.annual-update", "2023-24", "SEND annual update 2023/24");
        generatedAppendix(sendReport, "send.sef", null, "SEND Self Evaluation Framework", "SEF version 1,");
        d.add(item(december, 8, "Forward Plan", ItemPurpose.FOR_NOTING, LocalTime.of(18, 30), null, null));
        Report strategiesReport = strategiesReport(december);
        AgendaItem strategies = item(december, 9, "Ageing Well, Caring Well and Living Well Strategies", ItemPurpose.FOR_INFORMATION,
                LocalTime.of(18, 40), "Lead Commissioner (Older People)", strategiesReport);
        strategies.setLate(true);
        d.add(strategies);
        generatedAppendix(strategiesReport, "strategies.annual-report", "/2023-24", "Adult Social Care Strategies Annual Report 2023/24",
                "Ageing Well", "Caring Well", "Living Well");
        Report bcfReport = bcfReport(december);
        AgendaItem bcf = item(december, 10, "Better Care Fund Update (for information)", ItemPurpose.FOR_INFORMATION, null,
                "Lead Commissioner (Older People)", bcfReport);
        bcf.setLate(true);
        d.add(bcf);
        // As seed 002 printed it: a 2024/25 paper carrying the 2023-24 Quarter 2 return (the consistency check warns).
        generatedAppendix(bcfReport, "bcf.quarterly-update", "/2023-24/Q2", "Better Care Fund quarterly update");
        publish(december, MeetingStatus.HELD);

        Meeting march = meeting(hwb, LocalDateTime.of(2025, 3, 11, 17, 0));
        item(march, 1, "Apologies for Absence", ItemPurpose.FOR_NOTING, null, null, null);
        AgendaItem decemberMinutes = item(march, 2, PreviousMinutes.title(december), ItemPurpose.FOR_DECISION, null, null, null);
        decemberMinutes.setMinutesOfMeetingId(december.getId());
        publish(march, MeetingStatus.HELD);

        // Later meetings follow today's date, so the demo always has a next meeting: second Tuesdays, quarterly.
        LocalDate nextMonth = LocalDate.now(CouncilCalendar.ZONE).plusMonths(1).withDayOfMonth(1);
        Meeting next = meeting(hwb, secondTuesday(nextMonth).atTime(17, 0));
        item(next, 1, "Apologies for Absence", ItemPurpose.FOR_NOTING, null, null, null);
        item(next, 2, "Declarations of Interest", ItemPurpose.FOR_NOTING, null, null, null);
        AgendaItem marchMinutes = item(next, 3, PreviousMinutes.title(march), ItemPurpose.FOR_DECISION, null, null, null);
        marchMinutes.setMinutesOfMeetingId(march.getId());
        item(next, 4, "Better Care Fund Update", ItemPurpose.FOR_INFORMATION, LocalTime.of(17, 20), "Lead Commissioner (Older People)", null);
        publish(next, MeetingStatus.PUBLISHED);

        meeting(hwb, secondTuesday(nextMonth.plusMonths(3)).atTime(17, 0)).setStatus(MeetingStatus.PUBLISHED);
        meeting(hwb, secondTuesday(nextMonth.plusMonths(6)).atTime(17, 0));

        em.flush();
        records(september, septemberApologies, septemberDeclarations, december, d, march, decemberMinutes);
        cabinet();
    }

    /**
     * What democratic services recorded after the meetings, through the same facades the screens
     * use: September's brief minutes, approved on December's item 3; December's attendance (the ICB
     * representative substituted by their named deputy), a declaration, minutes with the resolutions
     * the reports recommend and an action; approved at the March meeting.
     */
    private void records(Meeting september, AgendaItem septemberApologies, AgendaItem septemberDeclarations, Meeting december,
                         List<AgendaItem> d, Meeting march, AgendaItem decemberMinutes) {
        minutes.record(september.getId(), new RecordMinutes(List.of(
                new RecordMinutes.ItemMinute(septemberApologies.getId(), "Apologies for absence were received from Claire Shuter.", null, null, null),
                new RecordMinutes.ItemMinute(septemberDeclarations.getId(), "No interests were declared.", null, null, null)), 0L), CLERK);
        minutes.approve(september.getId(), new ApproveMinutes(december.getId()), CLERK);

        AttendanceDto expected = attendance.attendance(december.getId(), CLERK);
        Long deputy = expected.members().stream().flatMap(m -> m.namedDeputies().stream()).map(AttendanceDto.DeputyDto::personId).findFirst().orElse(null);
        List<RecordAttendance.MemberAttendance> members = new ArrayList<>();
        for (AttendanceDto.MemberAttendanceDto m : expected.members()) {
            if (m.name().equals("Claire Shuter")) {
                members.add(new RecordAttendance.MemberAttendance(m.membershipId(), AttendanceStatus.APOLOGIES, null));
            } else if (!m.namedDeputies().isEmpty() && deputy != null) {
                members.add(new RecordAttendance.MemberAttendance(m.membershipId(), AttendanceStatus.SUBSTITUTED, deputy));
            } else {
                members.add(new RecordAttendance.MemberAttendance(m.membershipId(), AttendanceStatus.PRESENT, null));
            }
        }
        List<RecordAttendance.OtherAttendee> others = new ArrayList<>();
        for (String[] officer : new String[][] {{"Rob Harris", "Principal Democratic Services Officer"}, {"Matt Small", "SEND Consultant"},
                {"Nicola Mickleburgh", "Lead Commissioner (Older People)"}}) {
            others.add(new RecordAttendance.OtherAttendee(personId(officer[0]), null, officer[1], OtherAttendeeKind.OFFICER));
        }
        attendance.record(december.getId(), new RecordAttendance(members, others, 0L), CLERK);

        Long priya = personId("Priya Shah");
        if (priya != null) {
            declarations.declare(december.getId(), new NewDeclaration(d.get(8).getId(), priya, "Other registrable interest",
                    "Healthwatch Southend, of which she is chief executive, is funded by the Council to gather the views of people who use"
                            + " adult social care.", false, Participation.DISCUSSION_AND_VOTE, null), CLERK);
        }

        List<RecordMinutes.ItemMinute> items = List.of(
                new RecordMinutes.ItemMinute(d.get(0).getId(), "Apologies for absence were received from Claire Shuter. Sara Quinn attended as"
                        + " substitute for Dr Tom Ellis.", null, null, null),
                new RecordMinutes.ItemMinute(d.get(1).getId(), "Priya Shah declared an interest in item 9, recorded below.", null, null, null),
                new RecordMinutes.ItemMinute(d.get(3).getId(), "There were no public questions.", null, null, null),
                new RecordMinutes.ItemMinute(d.get(6).getId(), "The Board received the update on the SEND Strategic Action Plan following the"
                        + " 2023 Area SEND inspection, with the Self Evaluation Framework and the draft terms of reference of the Children's Joint"
                        + " Commissioning Group.", List.of("That progress be noted.",
                        "That a further update on the area's progress in implementing the action plan be requested in 6 months.",
                        "That the Self Evaluation Framework (SEF) be agreed."), null, null),
                new RecordMinutes.ItemMinute(d.get(7).getId(), "The Board noted its forward plan.", null, null, null),
                new RecordMinutes.ItemMinute(d.get(8).getId(), "The Board received the end of year summary report of the three Adult Social Care"
                        + " Strategies for April 2023 to March 2024.", List.of("That the Adult Social Care Strategies Annual Report for 2023/24,"
                        + " covering the three core strategies – Ageing Well, Caring Well and Living Well, be acknowledged."), null, null),
                new RecordMinutes.ItemMinute(d.get(9).getId(), "The report was submitted for information.", List.of(
                        "That the 2024/25 Better Care Fund Quarter 2 submission be noted, for information."), null, null));
        minutes.record(december.getId(), new RecordMinutes(items, minutes.minutes(december.getId(), CLERK).version()), CLERK);
        actions.add(december.getId(), new NewActionLogEntry(d.get(6).getId(), "Bring a further update on the progress of the SEND Strategic"
                + " Action Plan to the Board in six months.", personId("Matt Small"), null, LocalDate.of(2025, 6, 10)), CLERK);
        minutes.approve(december.getId(), new ApproveMinutes(march.getId()), CLERK);
    }

    /**
     * The Cabinet, an executive body, with a meeting next month whose agenda has a key decision on the
     * forward plan since well over 28 clear days before (illustrative).
     */
    private void cabinet() {
        Body cabinet = em.createQuery("select b from Body b where b.name = :n", Body.class).setParameter("n", BodiesDemoData.CABINET)
                .getResultStream().findFirst().orElse(null);
        if (cabinet == null) {
            return;
        }
        LocalDate nextMonth = LocalDate.now(CouncilCalendar.ZONE).plusMonths(1).withDayOfMonth(1);
        Meeting meeting = meeting(cabinet, nextMonth.with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.TUESDAY)).atTime(18, 30));
        AgendaItem decision = item(meeting, 1, "Better Care Fund 2025/26 plan and Section 75 pooled budget agreement", ItemPurpose.FOR_DECISION,
                null, "Lead Commissioner (Older People)", null);
        decision.setKeyDecision(true);
        ForwardPlanEntry entry = new ForwardPlanEntry(cabinet, LocalDate.now(CouncilCalendar.ZONE).minusDays(45), "democratic");
        entry.setTitle("Better Care Fund 2025/26 plan and Section 75 pooled budget agreement");
        entry.setMatter("To approve the Better Care Fund plan for 2025/26 and the Section 75 agreement with the Mid and South Essex Integrated"
                + " Care Board pooling the Fund's budget (illustrative).");
        entry.setDecisionDue(nextMonth.with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.TUESDAY)));
        entry.setKeyDecision(true);
        entry.setPart(Part.PART_1);
        entry.setDecisionMaker("Cabinet");
        entry.setLeadOfficer("Nicola Mickleburgh, Lead Commissioner (Older People)");
        entry.setDocuments("Report of the Executive Director (Adults and Communities); Better Care Fund plan 2025/26");
        entry.setItem(decision);
        em.persist(entry);
        em.flush();
        publications.publish(meeting.getId(), CLERK);
    }

    private Long personId(String name) {
        return people.people(name, new PageRequest(0, 10)).items().stream().filter(p -> p.name().equals(name)).map(PersonDto::id).findFirst()
                .orElse(null);
    }

    private static LocalDate secondTuesday(LocalDate firstOfMonth) {
        return firstOfMonth.with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY));
    }

    private Report sendReport(Meeting meeting) {
        return report(meeting, SEND_REPORT, "Micheal Marks", "Matt Small, SEND Consultant", null,
                new ReportSections("<p>To update the Health and Well-being Board on the SEND Area Strategic Action Plan progress.</p>",
                        List.of("To note progress.", "To request a further update on the area's progress in implementing the action plan in 6 months.",
                                "To agree the Self Evaluation Framework (SEF)."),
                        "<p>The Area SEND inspection is a joint inspection, carried out by Ofsted and the Care Quality Commission (CQC), which looks"
                                + " at the local area's partnership SEND arrangements. The inspection framework was revised in January 2023 and Southend"
                                + " was the 4<sup>th</sup> area to be inspected under the new framework.</p>"
                                + "<p>Under the revised 2023 Area SEND Inspection framework there are 3 possible outcome judgements:</p>"
                                + "<ol><li>The local area partnership's SEND arrangements typically lead to positive experiences and outcomes for"
                                + " children and young people with SEND.</li><li>The local area partnership's arrangements lead to inconsistent"
                                + " experiences and outcomes for children and young people with SEND.</li><li>There are widespread and/or systemic"
                                + " failings leading to significant concerns about the experiences and outcomes of children and young people with SEND.</li></ol>"
                                + "<p>Internal SEND reporting now includes new functionality and interactivity for further insight on key education"
                                + " metrics and demographics of the EHC plans maintained by Southend-on-Sea.</p>",
                        "<p>The Board oversees the area's progress against the Strategic Action Plan agreed after the inspection.</p>",
                        "<p>N/A</p>", "<p>There are no direct financial implications arising from this report.</p>",
                        "<p>The Children and Families Act 2014 places duties on the local area partnership for children and young people with SEND.</p>",
                        null, null, null, null));
    }

    private Report strategiesReport(Meeting meeting) {
        return report(meeting, "FOR INFORMATION ONLY: Adult Social Care Strategies Annual Report April 2023 - March 2024", "Mark Harvey",
                "Nicola Mickleburgh", "Councillor Maxine Sadza",
                new ReportSections("<p>To provide the Health and Wellbeing Board with the end of year summary report of the three Adult Social"
                        + " Care Strategies for period April 2023 to March 2024.</p>",
                        List.of("The Board to acknowledge the Adult Social Care Strategies Annual Report for 2023/24, covering the three core"
                                + " strategies – Ageing Well, Caring Well and Living Well."),
                        "<p>The Council's five year Adult Social Care Strategies (Ageing Well, Caring Well and Living Well) have been co-designed"
                                + " with people who use services, along with their friends and families.</p>"
                                + "<p>The three core strategies, Ageing Well, Caring Well and Living Well set out priorities until 2027.</p>"
                                + "<p>Annual action plans have been established to advance the delivery of each strategy. Partnership Groups are"
                                + " formed to manage the development, implementation, and monitoring of these yearly action plans.</p>"
                                + "<p>All action plans aim to further develop co-production and ensure alignment across services.</p>"
                                + "<p>All partners will be working together to refresh all three core strategies in the coming year.</p>",
                        "<p>The governance of the three strategies require the submission of an end-of-year report to the HWBB.</p>",
                        "<p>N/A</p>", null, null, null, null, null, null));
    }

    private Report bcfReport(Meeting meeting) {
        return report(meeting, "FOR INFORMATION ONLY: 2024/25 Better Care Fund Quarter 2 Submission", "Mark Harvey", "Nicola Mickleburgh",
                "Councillor Maxine Sadza",
                new ReportSections("<p>This report provides an overview of the Better Care Fund and details of the 2024/25 Quarter 2 submission.</p>"
                        + "<p>The Section 75 document has been signed by both Southend-on-Sea City Council and NHS Integrated Care Board which"
                        + " was a requirement of the submission.</p>",
                        List.of("For information only."),
                        "<p>The Better Care Fund (BCF) programme supports local systems to successfully deliver the integration of health and"
                                + " social care in a way that supports person-centred care, sustainability and better outcomes for people and carers.</p>"
                                + "<p>An expenditure plan confirms the financial overview for Southend-on-Sea for the period 2023 – 2025.</p>",
                        "<p>The Health and Wellbeing Board are asked to note that the Better Care Fund Quarter 2 Submission for 2024/25 has"
                                + " been completed and submitted within the respective timescales.</p><p>The chair of the Health and Wellbeing"
                                + " Board is required to sign off the Better Care Fund Quarter 2 template ahead of the submission, which was undertaken.</p>",
                        "<p>N/A</p>",
                        "<p>There are no direct financial implications arising from this report.</p><p>The Better Care Fund is overseen by"
                                + " the Better Care Fund Management Board.</p>",
                        "<p>The Care Act 2014 amended the NHS Act 2006 to provide the legislative basis for the Better Care Fund.</p>"
                                + "<p>The Better Care Fund is a National Programme which requires local authorities and Integrated Care Boards"
                                + " (ICBs) to pool budgets through a section 75 agreement.</p>",
                        "<p>Every year, the Department for Health and Social Care publish a BCF Policy and Planning Requirements.</p>",
                        null, null, null));
    }

    /** A ready report, with the approval chain it went through recorded as the demo's officers. */
    private Report report(Meeting meeting, String title, String director, String author, String councillor, ReportSections sections) {
        Report report = new Report(meeting, "author");
        report.setTitle(title);
        report.setClassification(Part.PART_1);
        report.setExecutiveDirector(director);
        report.setReportAuthor(author);
        report.setExecutiveCouncillor(councillor);
        report.setSections(sections);
        report.setStatus(ReportStatus.READY);
        report.setLegalCleared(true);
        report.setFinanceCleared(true);
        em.persist(report);
        OffsetDateTime at = meeting.getStart().minusDays(6);
        em.persist(new ApprovalStep(report, ReportAction.SUBMIT, ReportStatus.DRAFT, ReportStatus.SUBMITTED, "author", at, null));
        em.persist(new ApprovalStep(report, ReportAction.APPROVE, ReportStatus.SUBMITTED, ReportStatus.APPROVED, "democratic", at.plusHours(2), null));
        em.persist(new ApprovalStep(report, ReportAction.CLEAR_LEGAL, ReportStatus.APPROVED, ReportStatus.APPROVED, "democratic", at.plusHours(3), null));
        em.persist(new ApprovalStep(report, ReportAction.CLEAR_FINANCE, ReportStatus.APPROVED, ReportStatus.CLEARED, "finance", at.plusHours(4), null));
        em.persist(new ApprovalStep(report, ReportAction.MARK_READY, ReportStatus.CLEARED, ReportStatus.READY, "democratic", at.plusHours(5), null));
        return report;
    }

    /**
     * Appends the document a module generates, choosing among its offered references the first whose
     * reference ends with {@code referenceEnd} (any when null) and whose label names every one of
     * {@code labelWords}; nothing when the module is not installed or offers no such choice.
     */
    private void generatedAppendix(Report report, String generator, String referenceEnd, String title, String... labelWords) {
        generated.generator(generator).flatMap(g -> g.choices().stream()
                .filter(c -> referenceEnd == null || c.reference().endsWith(referenceEnd))
                .filter(c -> java.util.Arrays.stream(labelWords).allMatch(c.label()::contains))
                .findFirst()).ifPresent(choice -> {
                    int position = em.createQuery("select count(a) from Appendix a where a.report = :r", Long.class)
                            .setParameter("r", report).getSingleResult().intValue() + 1;
                    Appendix appendix = new Appendix(report, position, title, "author", report.getMeeting().getStart().minusDays(6));
                    appendix.generatedBy(generator, choice.reference());
                    em.persist(appendix);
                });
    }

    private AgendaItem item(Meeting meeting, int number, String title, ItemPurpose purpose, LocalTime start, String reportOf, Report report) {
        AgendaItem item = new AgendaItem(meeting, number);
        item.setTitle(title);
        item.setPurpose(purpose);
        item.setStartTime(start);
        item.setReportOf(reportOf);
        item.setPart(Part.PART_1);
        item.setReportId(report == null ? null : report.getId());
        if (report != null && meeting.getStart().getYear() == 2024) {
            item.setUrgencyReason(LATE);
        }
        em.persist(item);
        return item;
    }

    private void publish(Meeting meeting, MeetingStatus then) {
        em.flush();
        publications.publish(meeting.getId(), CLERK);
        meeting.setStatus(then);
    }

    private Meeting meeting(Body body, LocalDateTime start) {
        Meeting meeting = new Meeting(body, start.atZone(CouncilCalendar.ZONE).toOffsetDateTime(), "Council Chamber, Civic Centre, Victoria Avenue, Southend-on-Sea");
        people.people("Rob Harris", new PageRequest(0, 1)).items().stream().findFirst().map(PersonDto::id).ifPresent(meeting::setContactOfficerId);
        em.persist(meeting);
        return meeting;
    }
}
