package uk.gov.hwb.reports;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to render: a template by its path under {@code src/main/jasperreports} without the
 * extension (e.g. {@code "bcf/quarterly-update"}), its parameters, the rows of its main table, and
 * the PDF's title, author and subject (which assistive technology reads first).
 *
 * <p>Values are plain data only: text, numbers, booleans, dates and times, and lists and maps of
 * them. A parameter whose value is a list of maps reaches the template as a data source
 * ({@code JRMapCollectionDataSource}), for a table or subreport of its own.
 */
public record Rendering(String template, Map<String, ?> parameters, List<? extends Map<String, ?>> rows,
                        String title, String author, String subject) {

    public Rendering {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(title, "title");
        parameters = parameters == null ? Map.of() : parameters;
        rows = rows == null ? List.of() : rows;
    }
}
