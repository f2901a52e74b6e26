package uk.gov.hwb.bcf.control;

import java.math.BigDecimal;

/** Figures as they were entered: the database keeps four places, people see (and JSON carries) only the ones they typed. */
public final class Figures {

    private Figures() {
    }

    /** 80.0000 → 80, 95.4700 → 95.47; never an exponent (1E+2). Null stays null. */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
