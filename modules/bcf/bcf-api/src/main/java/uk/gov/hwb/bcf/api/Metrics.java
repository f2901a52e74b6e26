package uk.gov.hwb.bcf.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import uk.gov.hwb.platform.security.Viewer;

/**
 * A plan's national metrics (avoidable admissions, discharge to normal place of residence, falls,
 * residential admissions, reablement): targets per year, quarterly values and commentary. Status and
 * gap are always computed by the kernel's measures rule, never typed.
 */
public interface Metrics {

    List<MetricDto> metrics(long planId);

    MetricDto metric(long id);

    MetricDto create(long planId, @NotNull @Valid NewMetric metric, Viewer viewer);

    MetricDto update(long id, @NotNull @Valid MetricChanges metric, Viewer viewer);

    /** Records a quarter's value and commentary (year like 2023-24, quarter 1 to 4). */
    MetricDto recordValue(long id, String year, @Min(value = 1, message = "must be 1 to 4") @Max(value = 4, message = "must be 1 to 4") int quarter,
                          @NotNull @Valid MetricValueEntry entry, Viewer viewer);
}
