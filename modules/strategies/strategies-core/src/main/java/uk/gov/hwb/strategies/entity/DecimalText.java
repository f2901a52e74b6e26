package uk.gov.hwb.strategies.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;

/**
 * Keeps a measure's figure as the decimal text it was entered with, so its precision survives the
 * database (a numeric column would give 61 back as 61.000000, and the measures rule rounds derived
 * figures to the precision of their inputs).
 */
@Converter
public class DecimalText implements AttributeConverter<BigDecimal, String> {

    @Override
    public String convertToDatabaseColumn(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    @Override
    public BigDecimal convertToEntityAttribute(String text) {
        return text == null ? null : new BigDecimal(text);
    }
}
