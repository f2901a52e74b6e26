package uk.gov.hwb.board.control;

import java.util.Arrays;
import java.util.List;
import uk.gov.hwb.board.api.ReportAction;
import uk.gov.hwb.board.api.ReportStatus;
import uk.gov.hwb.platform.problem.ConflictException;
import uk.gov.hwb.platform.problem.ForbiddenException;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.security.Role;
import uk.gov.hwb.platform.security.Viewer;

/**
 * The report approval chain: draft → submitted → approved → cleared (legal and finance, in either
 * order) → ready. Any later step can return the report to draft, with a comment.
 */
public final class ApprovalChain {

    /** Where a report stands: its status and the clearances it has. */
    public record State(ReportStatus status, boolean legalCleared, boolean financeCleared) {
    }

    private ApprovalChain() {
    }

    /**
     * The state after {@code action}; refuses with 403 when the viewer may not take the step, 409 when
     * the report is not at a point where it applies, 400 when a return has no comment.
     */
    public static State next(State state, ReportAction action, boolean owner, Viewer viewer, String comment) {
        requirePermitted(action, owner, viewer);
        ReportStatus status = state.status();
        return switch (action) {
            case SUBMIT -> {
                require(status == ReportStatus.DRAFT, "Only a draft can be submitted; this report is " + label(status) + ".");
                yield new State(ReportStatus.SUBMITTED, false, false);
            }
            case APPROVE -> {
                require(status == ReportStatus.SUBMITTED, "Only a submitted report can be approved; this report is " + label(status) + ".");
                yield new State(ReportStatus.APPROVED, false, false);
            }
            case CLEAR_LEGAL -> {
                require(status == ReportStatus.APPROVED && !state.legalCleared(),
                        status == ReportStatus.APPROVED ? "Legal have already cleared this report." : "Legal clear a report after the executive director approves it; this report is " + label(status) + ".");
                yield cleared(true, state.financeCleared());
            }
            case CLEAR_FINANCE -> {
                require(status == ReportStatus.APPROVED && !state.financeCleared(),
                        status == ReportStatus.APPROVED ? "Finance have already cleared this report." : "Finance clear a report after the executive director approves it; this report is " + label(status) + ".");
                yield cleared(state.legalCleared(), true);
            }
            case MARK_READY -> {
                require(status == ReportStatus.CLEARED, "Only a report cleared by legal and finance can be marked ready; this report is " + label(status) + ".");
                yield new State(ReportStatus.READY, true, true);
            }
            case RETURN_TO_DRAFT -> {
                require(status != ReportStatus.DRAFT, "This report is already a draft.");
                if (comment == null || comment.isBlank()) {
                    throw new InvalidInputException("comment", "say why the report goes back to draft");
                }
                yield new State(ReportStatus.DRAFT, false, false);
            }
        };
    }

    /** The steps this viewer may take from this state: exactly those {@link #next} accepts (given a comment). */
    public static List<ReportAction> open(State state, boolean owner, Viewer viewer) {
        return Arrays.stream(ReportAction.values()).filter(action -> {
            try {
                next(state, action, owner, viewer, "a comment");
                return true;
            } catch (ForbiddenException | ConflictException refused) {
                return false;
            }
        }).toList();
    }

    private static State cleared(boolean legal, boolean finance) {
        return new State(legal && finance ? ReportStatus.CLEARED : ReportStatus.APPROVED, legal, finance);
    }

    private static void requirePermitted(ReportAction action, boolean owner, Viewer viewer) {
        boolean permitted = switch (action) {
            case SUBMIT, RETURN_TO_DRAFT -> owner || viewer.isClerk();
            case CLEAR_FINANCE -> viewer.isClerk() || viewer.hasAny(Role.FINANCE);
            case APPROVE, CLEAR_LEGAL, MARK_READY -> viewer.isClerk();
        };
        if (!permitted) {
            throw new ForbiddenException(switch (action) {
                case SUBMIT, RETURN_TO_DRAFT -> "Only the report's author or democratic services can do this.";
                case CLEAR_FINANCE -> "Finance clearance is recorded by a finance officer or democratic services.";
                default -> "Only democratic services record approvals, legal clearance and readiness.";
            });
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new ConflictException(message);
        }
    }

    private static String label(ReportStatus status) {
        return status.name().toLowerCase();
    }
}
