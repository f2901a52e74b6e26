package uk.gov.hwb.strategies.api;

import java.time.LocalDate;
import java.util.List;

/**
 * An action or sub-action: code, title, lead (person and/or organisation, by id, with names for
 * showing), "what are we measuring", target date and its latest submitted status (null before any).
 * An action with sub-actions is reported through them, so its own {@code latest} is null and
 * {@code subActions} holds them.
 */
public record ActionDto(
        long id,
        long strategyId,
        long priorityId,
        Long parentId,
        String code,
        String title,
        Long leadPersonId,
        String leadPersonName,
        Long leadOrganisationId,
        String leadOrganisationName,
        String measuring,
        LocalDate targetDate,
        LatestStatusDto latest,
        List<ActionDto> subActions,
        long version) {

    /** Who leads it, as one line: "Nicola Mickleburgh (Southend-on-Sea City Council)", "Carers First", or "". */
    public String leadName() {
        if (leadPersonName != null && leadOrganisationName != null) {
            return leadPersonName + " (" + leadOrganisationName + ")";
        }
        return leadPersonName != null ? leadPersonName : leadOrganisationName != null ? leadOrganisationName : "";
    }

    public boolean hasSubActions() {
        return subActions != null && !subActions.isEmpty();
    }
}
