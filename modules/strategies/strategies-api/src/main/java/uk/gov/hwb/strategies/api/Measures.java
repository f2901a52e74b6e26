package uk.gov.hwb.strategies.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import uk.gov.hwb.platform.security.Viewer;

/**
 * A strategy's measures, their values per period and each value's judgement by the kernel's
 * measures rule (usually against the trajectory from the baseline to the target). Edited by whoever
 * edits the strategy.
 */
public interface Measures {

    List<MeasureDto> measures(long strategyId);

    MeasureDto add(long strategyId, @NotNull @Valid NewMeasure measure, Viewer viewer);

    MeasureDto recordValue(long measureId, long periodId, @NotNull @Valid MeasureFigure figure, Viewer viewer);
}
