package uk.gov.hwb.board.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.hwb.board.api.ReportAction;
import uk.gov.hwb.board.api.ReportStatus;
import uk.gov.hwb.board.control.ApprovalChain.State;
import uk.gov.hwb.platform.problem.ConflictException;
import uk.gov.hwb.platform.problem.ForbiddenException;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.security.Role;
import uk.gov.hwb.platform.security.Viewer;

class ApprovalChainTest {

    private static final Viewer AUTHOR = new Viewer("author", 1L, Set.of(Role.AUTHOR));
    private static final Viewer CLERK = new Viewer("democratic", 2L, Set.of(Role.DEMOCRATIC_SERVICES));
    private static final Viewer FINANCE = new Viewer("finance", null, Set.of(Role.FINANCE));

    @Test
    void walksTheWholeChainWithClearancesInEitherOrder() {
        State s = new State(ReportStatus.DRAFT, false, false);
        s = ApprovalChain.next(s, ReportAction.SUBMIT, true, AUTHOR, null);
        assertThat(s.status()).isEqualTo(ReportStatus.SUBMITTED);
        s = ApprovalChain.next(s, ReportAction.APPROVE, false, CLERK, null);
        assertThat(s.status()).isEqualTo(ReportStatus.APPROVED);
        s = ApprovalChain.next(s, ReportAction.CLEAR_FINANCE, false, FINANCE, null);
        assertThat(s).isEqualTo(new State(ReportStatus.APPROVED, false, true));
        s = ApprovalChain.next(s, ReportAction.CLEAR_LEGAL, false, CLERK, null);
        assertThat(s).isEqualTo(new State(ReportStatus.CLEARED, true, true));
        s = ApprovalChain.next(s, ReportAction.MARK_READY, false, CLERK, null);
        assertThat(s.status()).isEqualTo(ReportStatus.READY);
        s = ApprovalChain.next(s, ReportAction.RETURN_TO_DRAFT, true, AUTHOR, "figures changed");
        assertThat(s).isEqualTo(new State(ReportStatus.DRAFT, false, false));
    }

    @Test
    void refusesStepsOutOfOrder() {
        assertThatThrownBy(() -> ApprovalChain.next(new State(ReportStatus.DRAFT, false, false), ReportAction.APPROVE, false, CLERK, null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Only a submitted report can be approved");
        assertThatThrownBy(() -> ApprovalChain.next(new State(ReportStatus.APPROVED, true, false), ReportAction.MARK_READY, false, CLERK, null))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> ApprovalChain.next(new State(ReportStatus.APPROVED, true, false), ReportAction.CLEAR_LEGAL, false, CLERK, null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already");
    }

    @Test
    void refusesPeopleWithoutTheRightRole() {
        assertThatThrownBy(() -> ApprovalChain.next(new State(ReportStatus.SUBMITTED, false, false), ReportAction.APPROVE, true, AUTHOR, null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> ApprovalChain.next(new State(ReportStatus.DRAFT, false, false), ReportAction.SUBMIT, false, AUTHOR, null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> ApprovalChain.next(new State(ReportStatus.APPROVED, false, false), ReportAction.CLEAR_LEGAL, false, FINANCE, null))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void returningToDraftNeedsAReason() {
        assertThatThrownBy(() -> ApprovalChain.next(new State(ReportStatus.READY, true, true), ReportAction.RETURN_TO_DRAFT, true, AUTHOR, " "))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theOpenStepsAreThoseTheChainAccepts() {
        State approved = new State(ReportStatus.APPROVED, false, true);
        assertThat(ApprovalChain.open(approved, false, CLERK)).containsExactly(ReportAction.CLEAR_LEGAL, ReportAction.RETURN_TO_DRAFT);
        assertThat(ApprovalChain.open(approved, false, FINANCE)).isEmpty();
        assertThat(ApprovalChain.open(new State(ReportStatus.APPROVED, true, false), false, FINANCE))
                .containsExactly(ReportAction.CLEAR_FINANCE);
        assertThat(ApprovalChain.open(new State(ReportStatus.DRAFT, false, false), true, AUTHOR)).containsExactly(ReportAction.SUBMIT);
        assertThat(ApprovalChain.open(new State(ReportStatus.DRAFT, false, false), false, AUTHOR)).isEmpty();
    }
}
