package uk.gov.hwb.send.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import uk.gov.hwb.platform.documents.GeneratedDocument;
import uk.gov.hwb.platform.security.Viewer;

/** The annual update per recommendation and year, printed like the partnership's leaflet. */
public interface AnnualUpdates {

    /** The years with an update written, newest first, as they appear in addresses ("2023-24"). */
    List<String> years(Viewer viewer);

    /** The year's update: written as "2023-24" or "2023/24". */
    AnnualUpdateDto year(String year, Viewer viewer);

    AnnualUpdateDto save(String year, @NotNull @Valid AnnualUpdateChanges changes, Viewer viewer);

    /** The year's update as a tagged PDF (embedded as {@code send.annual-update}). */
    GeneratedDocument document(String year, Viewer viewer);
}
