package uk.gov.hwb.board.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * One meeting's state as a viewer may see it, worked out in one place from the same facts: its
 * phase, the publication deadline and what it means now, the published versions, the packs that
 * exist, and what the viewer may do next. Every screen shows this record rather than working any
 * of it out again.
 *
 * @param phase            where the meeting stands ({@link MeetingPhase#label()} in words)
 * @param deadline         the publication deadline (five clear working days)
 * @param tone             how the deadline stands: on time, due soon, late, or no longer relevant
 * @param deadlineMessage  one sentence saying what the deadline means now ("Publish by Monday 2 December 2024: 8 days left.")
 * @param versions         every published version, first to last, with who published it by name
 * @param packs            the pack variants the viewer can open now (the members' pack only for members and democratic services)
 * @param mayPublish       whether the viewer may publish (democratic services, a meeting not cancelled)
 * @param correctionNeeded whether publishing again needs a correction with a reason (the meeting has been held and published)
 * @param nextVersion      the number the next publication would get
 * @param publishLabel     the publish button's words: "Publish version 2", "Publish correction (version 3)"
 * @param mayBuildPacks    whether the viewer may (re)build the packs: democratic services, once published
 */
public record MeetingStateDto(long meetingId, MeetingPhase phase, String phaseLabel, DeadlineDto deadline, DeadlineTone tone,
                              String deadlineMessage, List<VersionDto> versions, Set<PackVariant> packs, boolean mayPublish,
                              boolean correctionNeeded, int nextVersion, String publishLabel, boolean mayBuildPacks) {

    /** One published version: when, by whom (a name), whether it was late, and the reason if it corrected a held meeting. */
    public record VersionDto(int number, OffsetDateTime publishedAt, String publishedBy, boolean pastDeadline, String warning,
                             String correctionReason) {
    }

    /** Whether any version has been published. */
    public boolean published() {
        return !versions.isEmpty();
    }
}
