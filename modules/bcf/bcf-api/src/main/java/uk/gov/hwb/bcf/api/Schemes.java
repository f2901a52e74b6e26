package uk.gov.hwb.bcf.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import uk.gov.hwb.platform.paging.Page;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.security.Viewer;

/**
 * The expenditure plan's scheme lines and their spend. A source's planned expenditure in a year never
 * exceeds its income: a change that would is refused naming the source and the excess, and nothing
 * is stored. Finance officers (and administrators) change them; anyone signed in reads.
 */
public interface Schemes {

    Page<SchemeDto> schemes(long planId, @NotNull SchemeQuery query, @NotNull PageRequest page);

    SchemeDto scheme(long id);

    SchemeDto create(long planId, @NotNull @Valid NewScheme scheme, Viewer viewer);

    SchemeDto update(long id, @NotNull @Valid SchemeChanges scheme, Viewer viewer);

    SchemeDto recordActual(long id, @Min(value = 1, message = "must be 1 to 4") @Max(value = 4, message = "must be 1 to 4") int quarter,
                           @NotNull @Valid ActualSpend spend, Viewer viewer);

    void remove(long id, long version, Viewer viewer);

    /**
     * Adds scheme lines from the first sheet of an XLSX workbook, by its named columns (see the README);
     * every row is checked first, and unless every row is good nothing is stored (a 400 names each bad
     * row by its number). At most {@code hwb.bcf.import.max-bytes} (default 5 MB) is read.
     */
    ImportResult importSchemes(long planId, @NotNull InputStream workbook, Viewer viewer);
}
