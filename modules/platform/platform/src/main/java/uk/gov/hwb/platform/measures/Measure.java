package uk.gov.hwb.platform.measures;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How a measure is judged: its unit, polarity and basis, and for the comparator basis the
 * tolerance (in the measure's unit, points for percentages) within which a figure is "similar".
 */
public record Measure(MeasureUnit unit, Polarity polarity, Basis basis, BigDecimal tolerance) {

    public Measure {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(basis, "basis");
        tolerance = tolerance == null ? BigDecimal.ZERO : tolerance.abs();
    }

    public Measure(MeasureUnit unit, Polarity polarity, Basis basis) {
        this(unit, polarity, basis, BigDecimal.ZERO);
    }
}
