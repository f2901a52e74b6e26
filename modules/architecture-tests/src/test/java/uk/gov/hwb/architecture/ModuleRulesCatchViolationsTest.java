package uk.gov.hwb.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import uk.gov.hwb.send.ui.fixture.LeakyScreen;

/**
 * The rules are not vacuous: a deliberately wrong cross-module import (the {@link LeakyScreen}
 * fixture, a SEND screen using a board entity) is reported, naming both classes.
 */
class ModuleRulesCatchViolationsTest {

    private final JavaClasses withFixture = new ClassFileImporter().importClasses(LeakyScreen.class, uk.gov.hwb.board.entity.Body.class);

    @Test
    void aScreenUsingAnotherModulesEntityBreaksTheScreenRule() {
        EvaluationResult result = ModuleRules.screensSeeTheirApiAndTheKernelOnly().evaluate(withFixture);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains(LeakyScreen.class.getName()).contains("uk.gov.hwb.board.entity.Body"));
    }

    @Test
    void theSameFixtureFailsTheWholeSuite() {
        assertThat(ModuleRules.all().stream().anyMatch(rule -> rule.evaluate(withFixture).hasViolation())).isTrue();
    }
}
