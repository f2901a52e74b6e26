package uk.gov.hwb.board.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.hwb.board.api.DeadlineDto;
import uk.gov.hwb.board.api.DeadlineTone;
import uk.gov.hwb.board.api.MeetingPhase;
import uk.gov.hwb.board.api.MeetingStateDto.VersionDto;
import uk.gov.hwb.board.api.MeetingStatus;

/**
 * One meeting's status, deadline message and versions come from the same facts, so they cannot
 * contradict each other (the Health and Wellbeing Board of Tuesday 10 December 2024: five clear
 * working days, Local Government Act 1972 s.100B(3), make the deadline Monday 2 December 2024).
 */
class MeetingStatesTest {

    static final OffsetDateTime MEETING = OffsetDateTime.of(2024, 12, 10, 17, 0, 0, 0, ZoneOffset.UTC);
    static final OffsetDateTime BEFORE = MEETING.minusDays(20);
    static final OffsetDateTime AFTER = MEETING.plusDays(1);
    static final LocalDate PUBLISH_BY = LocalDate.of(2024, 12, 2);

    static DeadlineDto deadline(long daysLeft) {
        return new DeadlineDto(1, MEETING.toLocalDate(), 5, PUBLISH_BY, daysLeft, daysLeft < 0);
    }

    static VersionDto version(int number, OffsetDateTime at, boolean late) {
        return new VersionDto(number, at, "Rob Harris", late, null, null);
    }

    @Test
    void aRecordedStatusCannotClaimWhatTheFactsDeny() {
        assertThat(MeetingStates.phase(MeetingStatus.PUBLISHED, MEETING, BEFORE, 0)).as("announced, nothing published")
                .isEqualTo(MeetingPhase.ANNOUNCED);
        assertThat(MeetingStates.phase(MeetingStatus.HELD, MEETING, BEFORE, 1)).as("not held before its time")
                .isEqualTo(MeetingPhase.PUBLISHED);
        assertThat(MeetingStates.phase(MeetingStatus.PUBLISHED, MEETING, AFTER, 1)).as("held once its time has passed")
                .isEqualTo(MeetingPhase.HELD);
        assertThat(MeetingStates.phase(MeetingStatus.MINUTES_APPROVED, MEETING, BEFORE, 1)).as("no minutes before the meeting")
                .isEqualTo(MeetingPhase.PUBLISHED);
        assertThat(MeetingStates.phase(MeetingStatus.MINUTES_APPROVED, MEETING, AFTER, 1)).isEqualTo(MeetingPhase.MINUTES_APPROVED);
        assertThat(MeetingStates.phase(MeetingStatus.DRAFT, MEETING, BEFORE, 0)).isEqualTo(MeetingPhase.DRAFT);
        assertThat(MeetingStates.phase(MeetingStatus.CANCELLED, MEETING, AFTER, 2)).isEqualTo(MeetingPhase.CANCELLED);
    }

    @Test
    void beforePublicationTheMessageCountsDownAndThenSaysItIsLate() {
        assertThat(MeetingStates.deadlineMessage(MeetingPhase.ANNOUNCED, deadline(8), List.of()))
                .isEqualTo("Publish by Monday 2 December 2024: 8 days left.");
        assertThat(MeetingStates.tone(MeetingPhase.ANNOUNCED, deadline(8), List.of())).isEqualTo(DeadlineTone.OK);
        assertThat(MeetingStates.deadlineMessage(MeetingPhase.DRAFT, deadline(1), List.of())).endsWith(": 1 day left.");
        assertThat(MeetingStates.tone(MeetingPhase.DRAFT, deadline(1), List.of())).isEqualTo(DeadlineTone.DUE);
        assertThat(MeetingStates.deadlineMessage(MeetingPhase.DRAFT, deadline(0), List.of()))
                .isEqualTo("Publish today: the deadline is today, Monday 2 December 2024.");
        assertThat(MeetingStates.deadlineMessage(MeetingPhase.ANNOUNCED, deadline(-3), List.of()))
                .startsWith("The deadline, Monday 2 December 2024, has passed");
        assertThat(MeetingStates.tone(MeetingPhase.ANNOUNCED, deadline(-3), List.of())).isEqualTo(DeadlineTone.LATE);
    }

    @Test
    void oncePublishedNoCountdownIsShownOnlyWhetherItWasOnTime() {
        List<VersionDto> onTime = List.of(version(1, OffsetDateTime.of(2024, 11, 29, 10, 0, 0, 0, ZoneOffset.UTC), false));
        String message = MeetingStates.deadlineMessage(MeetingPhase.PUBLISHED, deadline(8), onTime);
        assertThat(message).isEqualTo("Published on time: version 1 on Friday 29 November 2024 (the deadline was Monday 2 December 2024).")
                .doesNotContain("left");
        assertThat(MeetingStates.tone(MeetingPhase.PUBLISHED, deadline(8), onTime)).isEqualTo(DeadlineTone.OK);

        List<VersionDto> late = List.of(version(1, OffsetDateTime.of(2024, 12, 6, 10, 0, 0, 0, ZoneOffset.UTC), true),
                version(2, OffsetDateTime.of(2024, 12, 9, 10, 0, 0, 0, ZoneOffset.UTC), true));
        assertThat(MeetingStates.deadlineMessage(MeetingPhase.HELD, deadline(-8), late))
                .isEqualTo("Published late: version 1 on Friday 6 December 2024, after the deadline of Monday 2 December 2024."
                        + " Latest: version 2 on Monday 9 December 2024.");
        assertThat(MeetingStates.tone(MeetingPhase.HELD, deadline(-8), late)).isEqualTo(DeadlineTone.LATE);
    }

    @Test
    void aHeldMeetingIsPublishedAgainOnlyAsACorrection() {
        assertThat(MeetingStates.correctionNeeded(MeetingPhase.HELD, 1)).isTrue();
        assertThat(MeetingStates.correctionNeeded(MeetingPhase.MINUTES_APPROVED, 2)).isTrue();
        assertThat(MeetingStates.correctionNeeded(MeetingPhase.HELD, 0)).as("a first, late publication is not a correction").isFalse();
        assertThat(MeetingStates.correctionNeeded(MeetingPhase.PUBLISHED, 1)).isFalse();
        assertThat(MeetingStates.publishLabel(false, 2)).isEqualTo("Publish version 2");
        assertThat(MeetingStates.publishLabel(true, 3)).isEqualTo("Publish correction (version 3)");
    }

    @Test
    void aCancelledMeetingHasNoDeadlineToMeet() {
        assertThat(MeetingStates.tone(MeetingPhase.CANCELLED, deadline(4), List.of())).isEqualTo(DeadlineTone.NONE);
        assertThat(MeetingStates.deadlineMessage(MeetingPhase.CANCELLED, deadline(4), List.of())).contains("cancelled");
    }

    @Test
    void onlyADraftIsUnannouncedAndItsPhaseSaysSo() {
        for (MeetingStatus status : MeetingStatus.values()) {
            assertThat(MeetingStates.announced(status)).as(status.name()).isEqualTo(status != MeetingStatus.DRAFT);
        }
        assertThat(MeetingStates.phase(MeetingStatus.DRAFT, OffsetDateTime.now().plusDays(9), OffsetDateTime.now(), 0))
                .isEqualTo(MeetingPhase.DRAFT);
    }
}
