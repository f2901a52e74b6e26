package uk.gov.hwb.bcf.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The Section 75 agreement behind a plan: the two parties, which hosts the pooled fund, the day each
 * signed, and whether the plan is agreed (which needs both signatures). {@code version} is the plan's.
 */
public record AgreementChanges(
        @NotBlank @Size(max = 200) String councilName,
        @NotBlank @Size(max = 200) String icbName,
        @NotNull PooledFundHost host,
        LocalDate councilSignedOn,
        LocalDate icbSignedOn,
        boolean agreed,
        long version) {
}
