package uk.gov.hwb.board.control;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import uk.gov.hwb.board.api.DeadlineDto;
import uk.gov.hwb.board.api.DeadlineTone;
import uk.gov.hwb.board.api.MeetingPhase;
import uk.gov.hwb.board.api.MeetingStateDto.VersionDto;
import uk.gov.hwb.board.api.MeetingStatus;

/**
 * Where a meeting stands and what its publication deadline means now, from its facts only: the
 * status democratic services recorded, when the meeting is, and the versions actually published.
 * A recorded status cannot claim what the facts deny: a meeting with no published version is not
 * "published" (it is announced, agenda to follow); a meeting whose time has not come is not
 * "held"; a meeting whose time has passed is held, whatever was recorded, unless cancelled.
 *
 * <p>The deadline is the Local Government Act 1972, s.100B(3): the agenda and reports are open to
 * inspection at least five clear days before the meeting. Once a version is published, whether
 * that was in time is the fact recorded with the first version (its {@code pastDeadline}); no
 * countdown is shown after that.
 */
public final class MeetingStates {

    /** A deadline this close (calendar days) is marked as due rather than on track. */
    static final int DUE_SOON_DAYS = 3;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    /**
     * The JPQL condition that the meeting aliased {@code m} is announced: out of draft. A draft is
     * known only to those preparing it; everyone else (lists, feeds, decisions, search) sees a meeting
     * from its announcement on.
     */
    public static final String ANNOUNCED = "m.status <> uk.gov.hwb.board.api.MeetingStatus.DRAFT";

    private MeetingStates() {
    }

    /** Whether a meeting with this recorded status is announced (see {@link #ANNOUNCED}). */
    public static boolean announced(MeetingStatus recorded) {
        return recorded != MeetingStatus.DRAFT;
    }

    /** The phase from the recorded status, whether the meeting's start has passed, and how many versions are published. */
    public static MeetingPhase phase(MeetingStatus recorded, OffsetDateTime start, OffsetDateTime now, int versions) {
        if (recorded == MeetingStatus.CANCELLED) {
            return MeetingPhase.CANCELLED;
        }
        if (recorded == MeetingStatus.DRAFT && versions == 0) {
            return MeetingPhase.DRAFT;
        }
        if (!start.isAfter(now)) {
            return recorded == MeetingStatus.MINUTES_APPROVED ? MeetingPhase.MINUTES_APPROVED : MeetingPhase.HELD;
        }
        return versions > 0 ? MeetingPhase.PUBLISHED : MeetingPhase.ANNOUNCED;
    }

    /** Whether publishing again must be a correction with a reason: the meeting has been held and its agenda published. */
    public static boolean correctionNeeded(MeetingPhase phase, int versions) {
        return versions > 0 && (phase == MeetingPhase.HELD || phase == MeetingPhase.MINUTES_APPROVED);
    }

    /** The publish button's words. */
    public static String publishLabel(boolean correction, int nextVersion) {
        return correction ? "Publish correction (version " + nextVersion + ")" : "Publish version " + nextVersion;
    }

    /** How the deadline stands now. */
    public static DeadlineTone tone(MeetingPhase phase, DeadlineDto deadline, List<VersionDto> versions) {
        if (phase == MeetingPhase.CANCELLED) {
            return DeadlineTone.NONE;
        }
        if (!versions.isEmpty()) {
            return versions.get(0).pastDeadline() ? DeadlineTone.LATE : DeadlineTone.OK;
        }
        if (deadline.missed() || phase == MeetingPhase.HELD || phase == MeetingPhase.MINUTES_APPROVED) {
            return DeadlineTone.LATE;
        }
        return deadline.daysLeft() <= DUE_SOON_DAYS ? DeadlineTone.DUE : DeadlineTone.OK;
    }

    /** One sentence saying what the deadline means now, consistent with the phase and the versions. */
    public static String deadlineMessage(MeetingPhase phase, DeadlineDto deadline, List<VersionDto> versions) {
        String publishBy = DAY.format(deadline.publishBy());
        if (phase == MeetingPhase.CANCELLED) {
            return "This meeting is cancelled: nothing more is published for it.";
        }
        if (!versions.isEmpty()) {
            VersionDto first = versions.get(0);
            String when = DAY.format(first.publishedAt().toLocalDate());
            String firstSentence = first.pastDeadline()
                    ? "Published late: version 1 on " + when + ", after the deadline of " + publishBy + "."
                    : "Published on time: version 1 on " + when + " (the deadline was " + publishBy + ").";
            if (versions.size() == 1) {
                return firstSentence;
            }
            VersionDto latest = versions.get(versions.size() - 1);
            return firstSentence + " Latest: version " + latest.number() + " on " + DAY.format(latest.publishedAt().toLocalDate()) + ".";
        }
        if (phase == MeetingPhase.HELD || phase == MeetingPhase.MINUTES_APPROVED) {
            return "The meeting has been held; its agenda was never published here (the deadline was " + publishBy + ").";
        }
        if (deadline.missed()) {
            return "The deadline, " + publishBy + ", has passed: publish as soon as possible. Items added now are late and need a"
                    + " reason for urgency.";
        }
        long days = deadline.daysLeft();
        if (days == 0) {
            return "Publish today: the deadline is today, " + publishBy + ".";
        }
        return "Publish by " + publishBy + ": " + days + (days == 1 ? " day" : " days") + " left.";
    }
}
