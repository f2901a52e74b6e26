package uk.gov.hwb.bcf.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a submitted quarterly return locked: the stored format of a {@code ReturnVersion}, separate
 * from the API's DTOs so the API can change without touching what was submitted. Written and read by
 * {@link ReturnSnapshotFormat} as JSON whose first member names the format ({@value #FORMAT});
 * a later format gets a new name and its own reader, and old versions stay readable byte for byte.
 */
public record ReturnSnapshot(
        Plan plan,
        String year,
        int quarter,
        LocalDate due,
        Confirmations confirmations,
        Narrative narrative,
        SignOff signOff,
        Submission submission,
        List<FundingLine> funding,
        FundingLine total,
        List<MinimumLine> minimums,
        List<SchemeLine> schemes,
        List<MetricLine> metrics,
        Capacity capacity) {

    public static final String FORMAT = "bcf-return/1";

    public record Plan(long id, String name, String councilName, String icbName, String host, LocalDate councilSignedOn,
                       LocalDate icbSignedOn, boolean agreed) {
    }

    public record Confirmations(boolean section75Signed, String section75Explanation, boolean nationalConditionsMet,
                                String conditionsExplanation) {
    }

    public record Narrative(String challenges, String achievements, String supportNeeded) {
    }

    public record SignOff(String by, OffsetDateTime at, String recordedBy, boolean onBehalf) {
    }

    public record Submission(int number, String reason, OffsetDateTime at, String by) {
    }

    public record FundingLine(String source, BigDecimal income, BigDecimal expenditure, BigDecimal unallocated) {
    }

    public record MinimumLine(String name, BigDecimal required, BigDecimal planned, BigDecimal shortfall) {
    }

    public record SchemeLine(String schemeId, String name, String source, String type, String areaOfSpend, String commissioner,
                             String provider, BigDecimal planned, List<BigDecimal> actuals, BigDecimal forecast, BigDecimal variance,
                             BigDecimal variancePercent) {
    }

    public record MetricLine(String name, String unit, String polarity, String basis, BigDecimal target, List<MetricQuarter> quarters) {
    }

    public record MetricQuarter(int quarter, BigDecimal value, BigDecimal projected, String status, BigDecimal gap, String sentence,
                                String commentary, String commentaryWarning) {
    }

    public record Capacity(List<BigDecimal> uplifts, String upliftSentence, List<CapacityLine> lines) {
    }

    public record CapacityLine(String area, String service, List<CapacityMonth> months) {
    }

    public record CapacityMonth(int month, String label, BigDecimal baseline, BigDecimal uplift, BigDecimal expectedDemand,
                                BigDecimal capacity, BigDecimal shortfall) {
    }
}
