package uk.gov.hwb.platform.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

/**
 * An exact amount of pounds sterling, held to the penny.
 *
 * <p>The one money type of the system: every figure a user sees is computed from these, never from
 * floating point. Formatting follows one rule, the one in council papers: whole pounds show no pence
 * ({@code £1,721,065}); amounts with pence show both places ({@code £1,721,065.50}); negative
 * amounts carry a leading minus ({@code -£2,400}).
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(amount, "amount");
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("Money is held to the penny; " + amount + " has fractions of a penny");
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Money pounds(String amount) {
        return new Money(new BigDecimal(amount));
    }

    public static Money pounds(long amount) {
        return new Money(BigDecimal.valueOf(amount));
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** The amount as users read it, e.g. {@code £1,721,065}. */
    public String format() {
        DecimalFormat format = new DecimalFormat(
                amount.remainder(BigDecimal.ONE).signum() == 0 ? "#,##0" : "#,##0.00",
                DecimalFormatSymbols.getInstance(Locale.UK));
        String digits = format.format(amount.abs());
        return (isNegative() ? "-£" : "£") + digits;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return format();
    }
}
