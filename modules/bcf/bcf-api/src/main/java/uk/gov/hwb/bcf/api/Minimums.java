package uk.gov.hwb.bcf.api;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * The ring-fenced minimums of a plan year: how much of the Minimum NHS Contribution must be spent on
 * adult social care and on NHS-commissioned out-of-hospital services (null: none set).
 */
public record Minimums(
        @PositiveOrZero(message = "must be zero or more pounds")
        @Digits(integer = 13, fraction = 2, message = "must be pounds with at most two decimal places") BigDecimal adultSocialCare,
        @PositiveOrZero(message = "must be zero or more pounds")
        @Digits(integer = 13, fraction = 2, message = "must be pounds with at most two decimal places") BigDecimal outOfHospital,
        Long version) {
}
