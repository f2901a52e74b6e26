package uk.gov.hwb.send.api;

import java.util.List;
import uk.gov.hwb.platform.progress.ProgressStatus;

/**
 * An action of the strategic action plan, coded by its recommendation ("3.2" is recommendation 3's
 * second action), with its owner (names copied when assigned), status, milestones (oldest plan year
 * first), progress notes (newest first) and how many milestones are overdue today.
 */
public record ActionDto(
        long id,
        long recommendationId,
        int recommendationNumber,
        String code,
        String title,
        String description,
        Long ownerPersonId,
        String ownerName,
        Long ownerOrganisationId,
        String ownerOrganisation,
        ProgressStatus status,
        String statusLabel,
        List<MilestoneDto> milestones,
        List<ProgressNoteDto> notes,
        int overdueMilestones,
        long version) {
}
