package uk.gov.hwb.bcf.api;

import java.math.BigDecimal;

/**
 * A ring-fenced minimum: what the plan must spend of the Minimum NHS Contribution on it, what its
 * scheme lines plan to spend, and the shortfall (zero when met; null figures when no minimum is set).
 */
public record MinimumDto(String name, String counts, BigDecimal required, BigDecimal planned, BigDecimal shortfall) {
}
