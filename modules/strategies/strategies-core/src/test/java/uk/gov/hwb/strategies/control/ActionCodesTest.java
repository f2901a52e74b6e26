package uk.gov.hwb.strategies.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Action codes as seed 003 writes them: 1.2 (ambition 1, action 2), 1.2B (its sub-action B), unique in a strategy. */
class ActionCodesTest {

    @ParameterizedTest
    @CsvSource({"1.2B, 1.2B", "' 5.2 C ', 5.2C", "1.7a., 1.7A", "2.1f, 2.1F"})
    void typingSlipsAreTidied(String raw, String code) {
        assertThat(ActionCodes.normalise(raw)).isEqualTo(code);
    }

    @Test
    void aSubActionsCodeExtendsItsActionsWithLetters() {
        assertThat(ActionCodes.problem("1.2B", 1, "1.2", Set.of("1.2"))).isEmpty();
        assertThat(ActionCodes.problem("1.3B", 1, "1.2", Set.of())).get().asString().contains("extends 1.3, not 1.2");
        assertThat(ActionCodes.problem("1.2", 1, "1.2", Set.of())).get().asString().contains("1.2 → 1.2A");
    }

    @Test
    void anActionsCodeStartsWithItsPrioritysNumber() {
        assertThat(ActionCodes.problem("2.1", 2, null, Set.of())).isEmpty();
        assertThat(ActionCodes.problem("3.1", 2, null, Set.of())).get().asString().contains("in priority 2");
    }

    @Test
    void duplicatesAreRefused() {
        assertThat(ActionCodes.problem("2.1F", 2, "2.1", Set.of("2.1", "2.1F"))).get().asString().isEqualTo("2.1F is already used in this strategy");
    }

    @Test
    void aSubActionCodeNeedsItsAction() {
        assertThat(ActionCodes.problem("8.4A", 8, null, Set.of())).get().asString().contains("its action 8.4 must exist first");
    }

    @ParameterizedTest
    @CsvSource({"A.1", "1", "1.", "12B", "1.2.3", "1.2-B", "1.2BCDE"})
    void whatIsNotACodeIsSaidPlainly(String code) {
        assertThat(ActionCodes.problem(ActionCodes.normalise(code), 1, null, Set.of())).get().asString().contains("is not an action code");
    }

    @Test
    void aParsedCodeKnowsItsAction() {
        ActionCodes.Code code = ActionCodes.parse("9.1B").orElseThrow();
        assertThat(code.priority()).isEqualTo(9);
        assertThat(code.actionCode()).isEqualTo("9.1");
        assertThat(code.isSubAction()).isTrue();
    }
}
