package uk.gov.hwb.platform.measures;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import uk.gov.hwb.platform.money.Money;

/**
 * What a measure counts, and so how its figures and gaps read. A percentage's gap is in
 * percentage points ("1.4 points"), never a percentage of a percentage.
 */
public enum MeasureUnit {
    PERCENT("Percentage"),
    RATE_PER_100K("Rate per 100,000"),
    COUNT("Count"),
    MONEY("Money (£)"),
    DAYS("Days");

    private final String label;

    MeasureUnit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * A figure as papers print it, with the precision it was entered with (95.47% stays 95.47%,
     * 80.0 reads 80%): trailing zeros are dropped, nothing is ever rounded.
     */
    public String format(BigDecimal value) {
        String digits = digits(value);
        return switch (this) {
            case PERCENT -> digits + "%";
            case RATE_PER_100K -> digits + " per 100,000";
            case COUNT -> digits;
            case MONEY -> value.stripTrailingZeros().scale() <= 2 ? new Money(value).format() : "£" + digits;
            case DAYS -> digits + (value.compareTo(BigDecimal.ONE) == 0 ? " day" : " days");
        };
    }

    /** The size of a difference between two figures of this unit: "1.4 points", "9.7", "£200", "3 days". */
    public String formatDifference(BigDecimal magnitude) {
        BigDecimal size = magnitude.abs();
        return switch (this) {
            case PERCENT -> digits(size) + (size.compareTo(BigDecimal.ONE) == 0 ? " point" : " points");
            case RATE_PER_100K, COUNT -> digits(size);
            case MONEY, DAYS -> format(size);
        };
    }

    private static String digits(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        int scale = Math.max(0, plain.scale());
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
        format.setMinimumFractionDigits(scale);
        format.setMaximumFractionDigits(scale);
        return format.format(plain);
    }
}
