package uk.gov.hwb.bcf.control;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.gov.hwb.bcf.api.CapacityDto;
import uk.gov.hwb.bcf.api.CapacityLineDto;
import uk.gov.hwb.bcf.api.FundingRow;
import uk.gov.hwb.bcf.api.FundingTableDto;
import uk.gov.hwb.bcf.api.MetricDto;
import uk.gov.hwb.bcf.api.MetricQuarterDto;
import uk.gov.hwb.bcf.api.MinimumDto;
import uk.gov.hwb.bcf.api.NotingDto;
import uk.gov.hwb.bcf.api.PlanDto;
import uk.gov.hwb.bcf.api.ReturnDto;
import uk.gov.hwb.bcf.api.ReturnStatus;
import uk.gov.hwb.platform.calendar.CouncilCalendar;
import uk.gov.hwb.platform.measures.MeasureStatus;
import uk.gov.hwb.platform.money.Money;
import uk.gov.hwb.reports.Rendering;

/**
 * Maps a plan's figures to the "Better Care Fund quarterly update" template
 * ({@code reports/src/main/jasperreports/bcf/quarterly-update.jrxml}): the Section 75 agreement; the
 * funding table of every plan year (as seed 002's item 10 prints it, totals summed from the sources);
 * the ring-fenced minimums; the five national metrics for the quarter with their computed status, the
 * kernel's sentence, the commentary and any check that failed beside it; capacity and demand with the
 * uplift assumptions; and the return's sign-off and submission. Pure: the data comes in as DTOs.
 */
public final class QuarterlyUpdateDocument {

    public static final String TEMPLATE = "bcf/quarterly-update";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    private QuarterlyUpdateDocument() {
    }

    /** "Better Care Fund quarterly update: Quarter 2 2023/24". */
    public static String title(int startYear, int quarter) {
        return "Better Care Fund quarterly update: Quarter " + quarter + " " + Years.label(startYear);
    }

    public static Rendering rendering(PlanDto plan, int startYear, int quarter, List<FundingTableDto> funding, List<MetricDto> metrics,
                                      CapacityDto capacity, ReturnDto quarterlyReturn, String signOffBody, LocalDate today) {
        String year = Years.code(startYear);
        String period = "Quarter " + quarter + " " + Years.label(startYear);
        List<Map<String, Object>> rows = new ArrayList<>();
        paragraph(rows, plan.agreementSentence());

        heading(rows, "h2", "Funding");
        paragraph(rows, "Income and planned expenditure by funding source; each total is the sum of the sources above it.");
        rows.add(row("fundHead"));
        for (int i = 0; i < funding.size(); i++) {
            FundingTableDto table = funding.get(i);
            for (FundingRow r : table.rows()) {
                rows.add(row("fund", table.yearLabel(), r.source(), money(r.income()), money(r.expenditure()), money(r.unallocated())));
            }
            Map<String, Object> total = row("fundTotal", table.yearLabel(), "Total", money(table.total().income()),
                    money(table.total().expenditure()), money(table.total().unallocated()));
            total.put("last", i == funding.size() - 1);
            rows.add(total);
        }
        FundingTableDto thisYear = funding.stream().filter(f -> f.year().equals(year)).findFirst().orElse(null);
        if (thisYear != null && thisYear.minimums().stream().anyMatch(m -> m.required() != null)) {
            heading(rows, "h2", "Ring-fenced minimums – " + Years.label(startYear));
            rows.add(row("minHead"));
            List<MinimumDto> set = thisYear.minimums().stream().filter(m -> m.required() != null).toList();
            for (int i = 0; i < set.size(); i++) {
                MinimumDto m = set.get(i);
                Map<String, Object> r = row("min", m.name(), money(m.required()), money(m.planned()), money(m.shortfall()));
                r.put("last", i == set.size() - 1);
                rows.add(r);
            }
        }

        heading(rows, "h2", "National metrics – " + period);
        if (metrics.isEmpty()) {
            paragraph(rows, "The plan records no national metrics.");
        } else {
            paragraph(rows, "Each status is computed from the figures against the target (" + statusRule() + ").");
            rows.add(row("metricHead"));
            for (int i = 0; i < metrics.size(); i++) {
                MetricDto m = metrics.get(i);
                Map<Integer, MetricQuarterDto> quarters = quarters(m, year);
                MetricQuarterDto now = quarters.get(quarter);
                String[] cells = new String[7];
                cells[0] = m.name();
                cells[1] = m.targets().containsKey(year) ? m.unit().format(m.targets().get(year)) : "None set";
                for (int q = 1; q <= 4; q++) {
                    MetricQuarterDto dto = quarters.get(q);
                    cells[1 + q] = q > quarter ? null : dto.value() == null ? "–" : valueText(m, dto.value());
                }
                cells[6] = now.statusLabel();
                Map<String, Object> r = row("metric", cells);
                r.put("last", i == metrics.size() - 1);
                rows.add(r);
            }
            for (MetricDto m : metrics) {
                Map<Integer, MetricQuarterDto> quarters = quarters(m, year);
                MetricQuarterDto now = quarters.get(quarter);
                heading(rows, "h3", m.name());
                paragraph(rows, now.label() + ": " + now.sentence());
                if (now.status() == MeasureStatus.NO_DATA) {
                    for (int q = quarter - 1; q >= 1; q--) {
                        if (quarters.get(q).status() != MeasureStatus.NO_DATA) {
                            paragraph(rows, "Latest figure, " + quarters.get(q).label() + ": " + quarters.get(q).sentence());
                            break;
                        }
                    }
                }
                if (now.commentary() != null) {
                    paragraph(rows, "Commentary: " + now.commentary());
                }
                if (now.commentaryWarning() != null) {
                    rows.add(text("flag", now.commentaryWarning()));
                }
            }
        }

        heading(rows, "h2", "Capacity and demand – " + Years.label(startYear));
        paragraph(rows, capacity.upliftSentence());
        if (capacity.lines().isEmpty()) {
            paragraph(rows, "No capacity and demand has been recorded for the year.");
        } else {
            rows.add(row("capHead"));
            for (int i = 0; i < capacity.lines().size(); i++) {
                CapacityLineDto l = capacity.lines().get(i);
                Map<String, Object> r = row("cap", l.area().label(), l.service(), number(l.expectedDemand()), number(l.capacity()),
                        l.shortMonths().isEmpty() ? "None" : String.join(", ", l.shortMonths()));
                r.put("last", i == capacity.lines().size() - 1);
                rows.add(r);
            }
        }

        heading(rows, "h2", "Quarterly return – " + period);
        if (quarterlyReturn == null) {
            paragraph(rows, "No return for " + period + " has been started.");
        } else {
            paragraph(rows, "Status: " + quarterlyReturn.statusLabel() + ". " + quarterlyReturn.dueSentence());
            if (quarterlyReturn.signedOffBy() != null) {
                paragraph(rows, "Signed off by " + quarterlyReturn.signedOffBy() + ", chair of the " + signOffBody + ", on "
                        + TIME.format(quarterlyReturn.signedOffAt().atZoneSameInstant(CouncilCalendar.ZONE))
                        + (quarterlyReturn.signedOnBehalf() ? " (recorded by " + quarterlyReturn.signOffRecordedBy() + " on the chair's behalf)." : "."));
            } else if (quarterlyReturn.status() == ReturnStatus.DRAFT) {
                paragraph(rows, "Not yet signed off by the chair of the " + signOffBody + ".");
            }
            quarterlyReturn.versions().forEach(v -> paragraph(rows, "Version " + v.number() + " (" + v.reason() + ") locked on "
                    + TIME.format(v.createdAt().atZoneSameInstant(CouncilCalendar.ZONE)) + " by " + v.createdBy() + "; SHA-256 " + v.sha256() + "."));
            for (NotingDto n : quarterlyReturn.notings()) {
                paragraph(rows, "Noted" + (n.meeting() == null ? "" : " by the " + n.meeting()) + " on " + DAY.format(n.notedOn())
                        + " (version " + n.versionNumber() + ")" + (n.note() == null ? "." : ": " + n.note()));
            }
        }

        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("title", title(startYear, quarter));
        parameters.put("subtitle", plan.name() + " · figures as they stood on " + DAY.format(today));
        return new Rendering(TEMPLATE, parameters, rows, title(startYear, quarter),
                plan.councilName() == null ? "Better Care Fund" : plan.councilName(), plan.name() + ": " + period);
    }

    private static String statusRule() {
        return "on track when the target is met or bettered; a quarter without a figure is no data";
    }

    private static Map<Integer, MetricQuarterDto> quarters(MetricDto metric, String year) {
        Map<Integer, MetricQuarterDto> quarters = new HashMap<>();
        metric.quarters().stream().filter(q -> q.year().equals(year)).forEach(q -> quarters.put(q.quarter(), q));
        return quarters;
    }

    /** A quarter's figure as the national template prints it: percentages with %, rates and counts as bare numbers. */
    private static String valueText(MetricDto metric, BigDecimal value) {
        String formatted = metric.unit().format(value);
        return formatted.replace(" per 100,000", "");
    }

    private static String money(BigDecimal amount) {
        return amount == null ? null : new Money(amount).format();
    }

    private static String number(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.UK));
        return format.format(value);
    }

    private static void heading(List<Map<String, Object>> rows, String level, String text) {
        rows.add(text(level, text));
    }

    private static void paragraph(List<Map<String, Object>> rows, String text) {
        rows.add(text("p", text));
    }

    private static Map<String, Object> text(String kind, String text) {
        Map<String, Object> row = row(kind);
        row.put("text", text);
        return row;
    }

    private static Map<String, Object> row(String kind, String... cells) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("kind", kind);
        row.put("text", null);
        for (int i = 1; i <= 7; i++) {
            row.put("c" + i, i <= cells.length ? cells[i - 1] : null);
        }
        row.put("last", false);
        return row;
    }
}
