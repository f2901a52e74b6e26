package uk.gov.hwb.bcf.control;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.gov.hwb.platform.calendar.CouncilCalendar;
import uk.gov.hwb.sheets.SheetWriter;
import uk.gov.hwb.sheets.SheetWriter.Value;

/**
 * A quarterly return as an XLSX workbook with the national template's sheets: Cover, Income,
 * Expenditure, Metrics, Capacity and demand. Drawn from a {@link ReturnSnapshot}, so a submitted
 * return exports exactly what was locked. Money is written as numbers in pounds; everything a user
 * typed is a text cell that never becomes a formula ({@link SheetWriter}).
 */
public final class ReturnWorkbook {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private ReturnWorkbook() {
    }

    public static byte[] write(ReturnSnapshot s) {
        try (SheetWriter workbook = new SheetWriter()) {
            workbook.sheet("Cover", List.of("Item", "Answer"), cover(s));
            workbook.sheet("Income", List.of("Funding source", "Income", "Planned expenditure", "Unallocated"), income(s));
            workbook.sheet("Expenditure", List.of("Scheme ID", "Scheme name", "Scheme type", "Area of spend", "Commissioner", "Provider",
                    "Source of funding", "Planned", "Actual Q1", "Actual Q2", "Actual Q3", "Actual Q4", "Forecast outturn", "Variance",
                    "Variance %"), expenditure(s));
            workbook.sheet("Metrics", List.of("Metric", "Unit", "Polarity", "Basis", "Target", "Quarter", "Value", "Projected", "Status",
                    "Gap", "Assessment", "Commentary", "Commentary check"), metrics(s));
            workbook.sheet("Capacity and demand", List.of("Area", "Service", "Month", "Baseline", "Uplift %", "Expected demand",
                    "Capacity", "Shortfall"), capacity(s));
            return workbook.toBytes();
        }
    }

    private static List<List<Value>> cover(ReturnSnapshot s) {
        List<List<Value>> rows = new ArrayList<>();
        row(rows, "Plan", s.plan().name());
        row(rows, "Financial year", Years.label(Integer.parseInt(s.year().substring(0, 4))));
        row(rows, "Quarter", "Q" + s.quarter());
        row(rows, "Due", s.due() == null ? null : DAY.format(s.due()));
        row(rows, "Status", s.submission() == null ? "Not submitted (figures as they stand now)"
                : "Submitted: version " + s.submission().number() + " (" + s.submission().reason() + ")");
        if (s.submission() != null) {
            row(rows, "Submitted", WHEN.format(s.submission().at().atZoneSameInstant(CouncilCalendar.ZONE)) + " by " + s.submission().by());
        }
        row(rows, "Council", s.plan().councilName());
        row(rows, "Integrated Care Board", s.plan().icbName());
        row(rows, "Pooled fund host", s.plan().host());
        row(rows, "Section 75 signed by the council", s.plan().councilSignedOn() == null ? "Not signed" : DAY.format(s.plan().councilSignedOn()));
        row(rows, "Section 75 signed by the ICB", s.plan().icbSignedOn() == null ? "Not signed" : DAY.format(s.plan().icbSignedOn()));
        row(rows, "Confirmation: Section 75 agreement signed", s.confirmations().section75Signed() ? "Yes" : "No");
        row(rows, "Explanation", s.confirmations().section75Explanation());
        row(rows, "Confirmation: national conditions met", s.confirmations().nationalConditionsMet() ? "Yes" : "No");
        row(rows, "Explanation", s.confirmations().conditionsExplanation());
        row(rows, "Challenges", s.narrative().challenges());
        row(rows, "Achievements", s.narrative().achievements());
        row(rows, "Support needed", s.narrative().supportNeeded());
        if (s.signOff() != null) {
            row(rows, "Signed off by the chair", s.signOff().by());
            row(rows, "Signed off", WHEN.format(s.signOff().at().atZoneSameInstant(CouncilCalendar.ZONE))
                    + (s.signOff().onBehalf() ? " (recorded by " + s.signOff().recordedBy() + " on the chair's behalf)" : ""));
        } else {
            row(rows, "Signed off by the chair", "Not yet signed off");
        }
        row(rows, "Capacity and demand assumptions", s.capacity().upliftSentence());
        return rows;
    }

    private static List<List<Value>> income(ReturnSnapshot s) {
        List<List<Value>> rows = new ArrayList<>();
        for (ReturnSnapshot.FundingLine f : s.funding()) {
            rows.add(List.of(Value.text(f.source()), Value.money(f.income()), Value.money(f.expenditure()), Value.money(f.unallocated())));
        }
        ReturnSnapshot.FundingLine t = s.total();
        rows.add(List.of(Value.text("Total"), Value.money(t.income()), Value.money(t.expenditure()), Value.money(t.unallocated())));
        for (ReturnSnapshot.MinimumLine m : s.minimums()) {
            if (m.required() != null) {
                rows.add(List.of(Value.text("Minimum: " + m.name() + " (required / planned / shortfall)"), Value.money(m.required()),
                        Value.money(m.planned()), Value.money(m.shortfall())));
            }
        }
        return rows;
    }

    private static List<List<Value>> expenditure(ReturnSnapshot s) {
        List<List<Value>> rows = new ArrayList<>();
        for (ReturnSnapshot.SchemeLine l : s.schemes()) {
            List<Value> row = new ArrayList<>(List.of(Value.text(l.schemeId()), Value.text(l.name()), Value.text(l.type()),
                    Value.text(l.areaOfSpend()), Value.text(l.commissioner()), Value.text(l.provider()), Value.text(l.source()),
                    Value.money(l.planned())));
            l.actuals().forEach(a -> row.add(Value.money(a)));
            row.add(Value.money(l.forecast()));
            row.add(Value.money(l.variance()));
            row.add(Value.number(l.variancePercent()));
            rows.add(row);
        }
        return rows;
    }

    private static List<List<Value>> metrics(ReturnSnapshot s) {
        List<List<Value>> rows = new ArrayList<>();
        for (ReturnSnapshot.MetricLine m : s.metrics()) {
            for (ReturnSnapshot.MetricQuarter q : m.quarters()) {
                rows.add(List.of(Value.text(m.name()), Value.text(m.unit()), Value.text(m.polarity()), Value.text(m.basis()),
                        Value.number(m.target()), Value.text("Q" + q.quarter()), Value.number(q.value()), Value.number(q.projected()),
                        Value.text(q.status()), Value.number(q.gap()), Value.text(q.sentence()), Value.text(q.commentary()),
                        Value.text(q.commentaryWarning())));
            }
        }
        return rows;
    }

    private static List<List<Value>> capacity(ReturnSnapshot s) {
        List<List<Value>> rows = new ArrayList<>();
        for (ReturnSnapshot.CapacityLine l : s.capacity().lines()) {
            for (ReturnSnapshot.CapacityMonth m : l.months()) {
                rows.add(List.of(Value.text(l.area()), Value.text(l.service()), Value.text(m.label()), Value.number(m.baseline()),
                        Value.number(m.uplift()), Value.number(m.expectedDemand()), Value.number(m.capacity()), Value.number(m.shortfall())));
            }
        }
        return rows;
    }

    private static void row(List<List<Value>> rows, String item, String answer) {
        rows.add(List.of(Value.text(item), Value.text(answer)));
    }

}
