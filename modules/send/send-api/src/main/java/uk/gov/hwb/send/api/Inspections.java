package uk.gov.hwb.send.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import uk.gov.hwb.platform.security.Viewer;

/**
 * The area SEND inspections and their recommendations. Readers: the SEND lead, members of the SEND
 * Strategic Partnership Board, board members and democratic services; the SEND lead records and
 * corrects them. Everyone else is refused (403).
 */
public interface Inspections {

    /** Every inspection, newest first. */
    List<InspectionDto> inspections(Viewer viewer);

    InspectionDto inspection(long id, Viewer viewer);

    InspectionDto create(@NotNull @Valid NewInspection inspection, Viewer viewer);

    InspectionDto update(long id, @NotNull @Valid InspectionChanges changes, Viewer viewer);

    /** The inspection's recommendations in their report order. */
    List<RecommendationDto> recommendations(long inspectionId, Viewer viewer);

    RecommendationDto recommendation(long id, Viewer viewer);

    RecommendationDto addRecommendation(long inspectionId, @NotNull @Valid NewRecommendation recommendation, Viewer viewer);

    RecommendationDto updateRecommendation(long id, @NotNull @Valid RecommendationChanges changes, Viewer viewer);

    /** Whether the viewer may read the SEND partnership's records at all. */
    boolean mayRead(Viewer viewer);

    /** Whether the viewer may change them (the SEND lead), for screens to offer the controls. */
    boolean mayEdit(Viewer viewer);
}
