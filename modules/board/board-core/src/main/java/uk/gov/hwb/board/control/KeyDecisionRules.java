package uk.gov.hwb.board.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.gov.hwb.board.api.KeyDecisionBasis;
import uk.gov.hwb.board.api.UrgencyAgreedBy;

/**
 * When an executive may take a key decision (Local Authorities (Executive Arrangements) (Meetings
 * and Access to Information) (England) Regulations 2012):
 * <ul>
 *   <li>reg 9: the matter was on the published forward plan at least 28 clear days before;</li>
 *   <li>reg 10 (general exception): where that was impracticable, the chair of the relevant overview
 *       and scrutiny committee was informed in writing (before the decision) and a notice with the
 *       reasons was made available to the public at least 5 clear days before the decision;</li>
 *   <li>reg 11 (special urgency): where the decision cannot reasonably be deferred even that long,
 *       the chair of the relevant overview and scrutiny committee (or, if there is none or they
 *       cannot act, the chair of the council, or failing them the vice-chair) agreed that it is
 *       urgent, on or before the day of the decision.</li>
 * </ul>
 * Only executive decision makers are bound: for a committee such as a Health and Wellbeing Board
 * the key decision flag is for information.
 */
public final class KeyDecisionRules {

    /** Days of notice a key decision needs on the forward plan (reg 9(1)). */
    public static final int NOTICE_CLEAR_DAYS = 28;
    /** Days the general exception's notices must precede the decision (reg 10(1)(c)). */
    public static final int GENERAL_EXCEPTION_CLEAR_DAYS = 5;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** The general exception as recorded: when the scrutiny chair was informed and the public notice published. */
    public record GeneralException(LocalDate scrutinyChairInformedOn, LocalDate publicNoticeOn) {
    }

    /** Special urgency as recorded: who agreed, and when. */
    public record SpecialUrgency(UrgencyAgreedBy agreedBy, LocalDate agreedOn) {
    }

    /** What allows the decision, or why nothing does. */
    public record Assessment(KeyDecisionBasis basis, String explanation) {
        public boolean allowed() {
            return basis != null;
        }
    }

    private KeyDecisionRules() {
    }

    /** Whether a notice on {@code notice} leaves 28 clear days before a decision on {@code decision}. */
    public static boolean noticeGiven(LocalDate notice, LocalDate decision) {
        return notice != null && ClearDays.between(notice, decision) >= NOTICE_CLEAR_DAYS;
    }

    /**
     * Whether a recorded general exception allows a decision on {@code decision}: the scrutiny chair
     * informed before the day of the decision (reg 10(1)(a)) and the public notice published 5 clear
     * days before it (reg 10(1)(b), (c)).
     */
    public static boolean generalExceptionMet(GeneralException exception, LocalDate decision) {
        return exception != null && exception.scrutinyChairInformedOn() != null && exception.publicNoticeOn() != null
                && exception.scrutinyChairInformedOn().isBefore(decision)
                && ClearDays.between(exception.publicNoticeOn(), decision) >= GENERAL_EXCEPTION_CLEAR_DAYS;
    }

    /** Whether special urgency was agreed by someone reg 11 names, on or before the day of the decision. */
    public static boolean specialUrgencyMet(SpecialUrgency urgency, LocalDate decision) {
        return urgency != null && urgency.agreedBy() != null && urgency.agreedOn() != null && !urgency.agreedOn().isAfter(decision);
    }

    /** The first day a key decision may be taken on a notice published on {@code notice}. */
    public static LocalDate earliestDecision(LocalDate notice) {
        return ClearDays.earliestAfter(notice, NOTICE_CLEAR_DAYS);
    }

    /**
     * What allows a key decision on {@code decision}: the forward plan's notice, else the general
     * exception, else special urgency; or none, with the reason in words.
     *
     * @param notice the day the matter first appeared on the forward plan, or null when it is not on it
     */
    public static Assessment assess(LocalDate decision, LocalDate notice, GeneralException exception, SpecialUrgency urgency) {
        if (noticeGiven(notice, decision)) {
            return new Assessment(KeyDecisionBasis.FORWARD_PLAN_NOTICE, "On the forward plan since " + DAY.format(notice) + ", "
                    + ClearDays.between(notice, decision) + " clear days before the decision.");
        }
        if (generalExceptionMet(exception, decision)) {
            return new Assessment(KeyDecisionBasis.GENERAL_EXCEPTION, "General exception (reg. 10): the scrutiny chair was informed on "
                    + DAY.format(exception.scrutinyChairInformedOn()) + " and the public notice published on "
                    + DAY.format(exception.publicNoticeOn()) + ".");
        }
        if (specialUrgencyMet(urgency, decision)) {
            return new Assessment(KeyDecisionBasis.SPECIAL_URGENCY, "Special urgency (reg. 11): agreed by the "
                    + urgency.agreedBy().label().toLowerCase(Locale.UK) + " on " + DAY.format(urgency.agreedOn()) + ".");
        }
        StringBuilder why = new StringBuilder("A key decision of the executive on " + DAY.format(decision) + " needs ");
        if (notice == null) {
            why.append("a forward plan entry published by ").append(DAY.format(decision.minusDays(NOTICE_CLEAR_DAYS + 1L)))
                    .append(" (28 clear days before; none is linked to this item)");
        } else {
            why.append("28 clear days' notice on the forward plan (published ").append(DAY.format(notice)).append(", only ")
                    .append(ClearDays.between(notice, decision)).append(" clear days before; the earliest date it allows is ")
                    .append(DAY.format(earliestDecision(notice))).append(")");
        }
        why.append(", or a general exception (reg. 10: scrutiny chair informed, and a public notice 5 clear days before)")
                .append(" or special urgency (reg. 11: agreed by the scrutiny chair, or the chair or vice-chair of the council).");
        return new Assessment(null, why.toString());
    }
}
