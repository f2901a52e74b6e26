package uk.gov.hwb.platform.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void formatsWholePoundsWithThousandsSeparatorsAndNoPence() {
        assertThat(Money.pounds(1_721_065).format()).isEqualTo("£1,721,065");
        assertThat(Money.pounds("28156886.00").format()).isEqualTo("£28,156,886");
        assertThat(Money.ZERO.format()).isEqualTo("£0");
    }

    @Test
    void showsPenceOnlyWhenThereAreSome() {
        assertThat(Money.pounds("1721065.5").format()).isEqualTo("£1,721,065.50");
        assertThat(Money.pounds("0.07").format()).isEqualTo("£0.07");
    }

    @Test
    void negativeAmountsCarryALeadingMinus() {
        assertThat(Money.pounds(-2400).format()).isEqualTo("-£2,400");
        assertThat(Money.pounds(100).minus(Money.pounds("100.01")).format()).isEqualTo("-£0.01");
    }

    @Test
    void arithmeticIsExact() {
        Money sum = Money.ZERO;
        for (int i = 0; i < 10; i++) {
            sum = sum.plus(Money.pounds("0.10"));
        }
        assertThat(sum).isEqualTo(Money.pounds(1));
        assertThat(sum.amount()).isEqualByComparingTo(new BigDecimal("1.00"));
    }

    @Test
    void refusesFractionsOfAPenny() {
        assertThatThrownBy(() -> Money.pounds("1.005")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fractions of a penny");
    }

    @Test
    void equalAmountsAreEqualWhateverTheScaleTheyWereWrittenWith() {
        assertThat(Money.pounds("5")).isEqualTo(Money.pounds("5.00"));
        assertThat(Money.pounds("5").compareTo(Money.pounds("5.01"))).isNegative();
    }
}
