package uk.gov.hwb.send.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;

/**
 * Figures come back as they were entered, without the column's padding zeros (33.4, not 33.400000;
 * 1737, not 1737.000000), so screens, papers and the audit log read them as published.
 */
@Converter
public class PlainDecimal implements AttributeConverter<BigDecimal, BigDecimal> {

    @Override
    public BigDecimal convertToDatabaseColumn(BigDecimal figure) {
        return figure;
    }

    @Override
    public BigDecimal convertToEntityAttribute(BigDecimal stored) {
        return plain(stored);
    }

    static BigDecimal plain(BigDecimal number) {
        if (number == null) {
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
