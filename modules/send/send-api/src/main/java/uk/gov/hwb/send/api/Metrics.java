package uk.gov.hwb.send.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import uk.gov.hwb.platform.documents.GeneratedDocument;
import uk.gov.hwb.platform.security.Viewer;

/** SEND metrics with local figures per period, national comparators and statistical neighbours, judged by the kernel's rule. */
public interface Metrics {

    /** Every metric, by name. */
    List<MetricDto> metrics(Viewer viewer);

    MetricDto metric(long id, Viewer viewer);

    MetricDto create(@NotNull @Valid NewMetric metric, Viewer viewer);

    MetricDto update(long id, @NotNull @Valid MetricChanges changes, Viewer viewer);

    /** Records (or corrects) the figure of one period, e.g. {@code "2023"}, {@code "2022-23"}, {@code "2024-06"}. */
    MetricDto record(long id, String period, @NotNull @Valid MetricValueInput value, Viewer viewer);

    /** The summary of every metric's latest figure as a tagged PDF (embedded as {@code send.metrics}). */
    GeneratedDocument summary(Viewer viewer);
}
