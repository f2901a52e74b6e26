package uk.gov.hwb.bcf.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A new plan: its name and financial years ("2023-24"). The body whose chair signs off the returns
 * defaults to the Health and Wellbeing Board; the Section 75 parties can be named now or later.
 */
public record NewPlan(
        @NotBlank @Size(max = 200) String name,
        @NotEmpty @Size(max = 5) List<@NotBlank @Size(max = 7) String> years,
        Long signOffBodyId,
        @Size(max = 200) String councilName,
        @Size(max = 200) String icbName,
        PooledFundHost host) {
}
