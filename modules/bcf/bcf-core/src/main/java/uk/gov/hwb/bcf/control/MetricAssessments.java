package uk.gov.hwb.bcf.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.gov.hwb.platform.measures.Assessment;
import uk.gov.hwb.platform.measures.Basis;
import uk.gov.hwb.platform.measures.Measure;
import uk.gov.hwb.platform.measures.MeasureRule;
import uk.gov.hwb.platform.measures.MeasureStatus;
import uk.gov.hwb.platform.period.FinancialYear;
import uk.gov.hwb.platform.period.ReportingPeriod;

/**
 * Judges a BCF metric's quarters with the kernel's {@link MeasureRule} (the only place status and gap
 * are computed): as is, each quarter's figure against the year's target; annual projection, the
 * average of the year's quarters so far times four against the annual target (seed 002's Falls,
 * 627.9 in Q1 against 2,100, projected 2,511.6). A quarter without a figure is no data, never zero.
 */
public final class MetricAssessments {

    private MetricAssessments() {
    }

    /** A figure as stored for one quarter (null value: no data). */
    public record Reported(int startYear, int quarter, BigDecimal value) {
    }

    /** The assessment of one quarter of a year. */
    public static Assessment assess(Measure measure, BigDecimal yearTarget, Map<Integer, BigDecimal> yearValues, int quarter) {
        BigDecimal target = Figures.plain(yearTarget);
        if (measure.basis() == Basis.ANNUAL_PROJECTION) {
            List<BigDecimal> toDate = new ArrayList<>();
            for (int q = 1; q <= quarter; q++) {
                toDate.add(Figures.plain(yearValues.get(q)));
            }
            return MeasureRule.annualProjection(measure, toDate, target);
        }
        return MeasureRule.asIs(measure, Figures.plain(yearValues.get(quarter)), target);
    }

    /**
     * The assessment a statement about "this quarter" is checked against: the quarter's own, or where
     * the quarter has no figure yet, the latest earlier quarter of the year that has one (seed 002's
     * Q2 return comments on Residential admissions' Q1 figure, Q2 being blank). Null when none has.
     */
    public static Latest latest(Measure measure, BigDecimal yearTarget, Map<Integer, BigDecimal> yearValues, int startYear, int quarter) {
        for (int q = quarter; q >= 1; q--) {
            Assessment assessment = assess(measure, yearTarget, yearValues, q);
            if (assessment.status() != MeasureStatus.NO_DATA) {
                return new Latest(ReportingPeriod.quarter(new FinancialYear(startYear), q).label(), assessment);
            }
        }
        return null;
    }

    /** An assessment and the quarter it is of ("Q1 2023/24"). */
    public record Latest(String period, Assessment assessment) {
    }
}
