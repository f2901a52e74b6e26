package uk.gov.hwb.bcf.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import uk.gov.hwb.bcf.api.CapacityArea;
import uk.gov.hwb.bcf.api.CapacityDto;
import uk.gov.hwb.bcf.api.CapacityLineDto;
import uk.gov.hwb.bcf.api.CapacityMonthDto;
import uk.gov.hwb.bcf.api.Commissioner;
import uk.gov.hwb.bcf.api.FundingRow;
import uk.gov.hwb.bcf.api.FundingTableDto;
import uk.gov.hwb.bcf.api.MetricDto;
import uk.gov.hwb.bcf.api.MetricQuarterDto;
import uk.gov.hwb.bcf.api.PlanDto;
import uk.gov.hwb.bcf.api.PooledFundHost;
import uk.gov.hwb.bcf.api.ReturnDto;
import uk.gov.hwb.bcf.api.ReturnStatus;
import uk.gov.hwb.bcf.api.ReturnVersionDto;
import uk.gov.hwb.bcf.api.SchemeDto;
import uk.gov.hwb.platform.measures.Assessment;
import uk.gov.hwb.platform.measures.Basis;
import uk.gov.hwb.platform.measures.Measure;
import uk.gov.hwb.platform.measures.MeasureUnit;
import uk.gov.hwb.platform.measures.Polarity;

/** Seed 002's plan as the facades would return it, for the document and snapshot tests. */
final class Samples {

    static final OffsetDateTime SIGNED = OffsetDateTime.parse("2023-10-30T14:00:00Z");
    static final OffsetDateTime SUBMITTED = OffsetDateTime.parse("2023-10-31T10:30:00Z");

    private Samples() {
    }

    static BigDecimal n(String v) {
        return v == null ? null : new BigDecimal(v);
    }

    static PlanDto plan() {
        return new PlanDto(3, "BCF 2023–25", List.of("2023-24", "2024-25"), List.of(), "Southend-on-Sea City Council",
                "NHS Mid and South Essex Integrated Care Board", PooledFundHost.COUNCIL, LocalDate.of(2023, 6, 20), LocalDate.of(2023, 6, 28),
                true, "The Section 75 agreement was signed by both parties; the plan is agreed.", 1L, "Health and Wellbeing Board", 4);
    }

    static FundingTableDto funding(boolean firstYear) {
        var income = FundingRulesTest.seedIncome(firstYear);
        List<FundingRow> rows = FundingRules.rows(income, income);
        return new FundingTableDto(3, firstYear ? "2023-24" : "2024-25", firstYear ? "2023/24" : "2024/25", rows, FundingRules.total(rows),
                FundingRules.minimums(List.of(), firstYear ? n("6900000") : null, firstYear ? n("4540000") : null), 7);
    }

    static MetricDto metric(String name, MeasureUnit unit, Polarity polarity, Basis basis, String target, String q1, String q2, String commentary) {
        Measure measure = new Measure(unit, polarity, basis);
        Map<Integer, BigDecimal> values = new java.util.HashMap<>();
        if (q1 != null) {
            values.put(1, n(q1));
        }
        if (q2 != null) {
            values.put(2, n(q2));
        }
        List<MetricQuarterDto> quarters = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            Assessment a = MetricAssessments.assess(measure, n(target), values, q);
            String warning = null;
            if (q == 2 && commentary != null) {
                MetricAssessments.Latest latest = MetricAssessments.latest(measure, n(target), values, 2023, 2);
                warning = ConsistencyCheck.commentary(commentary, new ConsistencyCheck.Judged(name, latest.period(), latest.assessment()));
            }
            quarters.add(new MetricQuarterDto("2023-24", q, "Q" + q + " 2023/24", values.get(q), n(target),
                    basis == Basis.ANNUAL_PROJECTION && a.value() != null ? a.value() : null, a.status(), a.status().label(), a.gap(), a.sentence(),
                    q == 2 ? commentary : null, warning, 0));
        }
        return new MetricDto(1, 3, name, unit, polarity, basis, Map.of("2023-24", n(target)), quarters, 0);
    }

    static List<MetricDto> metrics() {
        return List.of(
                metric("Avoidable admissions", MeasureUnit.RATE_PER_100K, Polarity.LOWER_IS_BETTER, Basis.AS_IS, "243.3", "253", "253",
                        "Ongoing rollout of Urgent Care Response Team and working with the ambulance service on the stack."),
                metric("Discharge to normal place of residence", MeasureUnit.PERCENT, Polarity.HIGHER_IS_BETTER, Basis.AS_IS, "95.47", "94.9",
                        "94.9", "SEDs and development of transfer of care hubs at locality. This is in early stages and building on the good work."),
                metric("Falls", MeasureUnit.RATE_PER_100K, Polarity.LOWER_IS_BETTER, Basis.ANNUAL_PROJECTION, "2100", "627.9", null,
                        "We anticipate the figure will continue to rise during the winter months. There are a number of initiatives being undertaken."),
                metric("Residential admissions", MeasureUnit.RATE_PER_100K, Polarity.LOWER_IS_BETTER, Basis.AS_IS, "549", "549", null,
                        "The aim of this measure is to minimise, and this quarter's figures are below target."),
                metric("Reablement", MeasureUnit.PERCENT, Polarity.HIGHER_IS_BETTER, Basis.AS_IS, "80", "74.5", "78.6",
                        "However, the latest quarter figures are below target by 2.4%."));
    }

    static CapacityDto capacity() {
        List<BigDecimal> uplifts = Arrays.asList(n("0"), n("0"), n("0"), n("0"), n("0"), n("0"), n("0"), n("10"), n("20"), n("20"), n("20"), n("10"));
        List<CapacityMonthDto> months = CapacityRules.months(2023, Collections.nCopies(12, n("60")), Collections.nCopies(12, n("66")), uplifts);
        List<CapacityLineDto> lines = new ArrayList<>();
        for (String service : List.of("Reablement at home", "Short-term residential care", "Urgent community response", "Intermediate care")) {
            lines.add(new CapacityLineDto(11, CapacityArea.HOSPITAL_DISCHARGE, service, months, months.stream().map(CapacityMonthDto::expectedDemand)
                    .reduce(BigDecimal.ZERO, BigDecimal::add), n("792"), CapacityRules.shortMonths(months)));
        }
        return new CapacityDto(3, "2023-24", uplifts, CapacityRules.upliftSentence(2023, uplifts), lines, 2);
    }

    static List<SchemeDto> schemes() {
        return List.of(new SchemeDto(21, 3, "7", "Home care capacity", "2023-24", "iBCF", "Home Care or Domiciliary Care", "Social Care",
                Commissioner.LA, "=HYPERLINK(\"http://evil.example\")", n("2500000.00"), Arrays.asList(n("625000.00"), n("625000.00"), null, null),
                n("1250000.00"), n("2560000.00"), n("60000.00"), n("2.4"), 3));
    }

    static ReturnDto submittedReturn(String challenges) {
        return new ReturnDto(31, 3, "BCF 2023–25", "2023-24", 2, "Q2 2023/24", LocalDate.of(2023, 10, 31), -700, false,
                "Submitted on 31 October 2023, on the day it was due.", ReturnStatus.SUBMITTED, "Submitted", true, "Signed by both.", true,
                "Met.", challenges, "+ achievements", "@support", "Councillor Maxine Sadza", SIGNED, "member", false, SUBMITTED, "finance",
                List.of(new ReturnVersionDto(1, "Submitted", "ab".repeat(32), 1000, SUBMITTED, "finance")),
                List.of(new uk.gov.hwb.bcf.api.NotingDto(1, LocalDate.of(2024, 12, 10), "Health and Wellbeing Board, 10 December 2024",
                        "Noted for information; the report was retrospective due to the schedule of meetings.", "democratic", SUBMITTED)), 5);
    }
}
