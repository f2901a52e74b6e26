package uk.gov.hwb.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.hwb.send.ui.fixture.LeakyScreen;

/**
 * The rules are not vacuous: each is shown failing on a fixture that breaks it (test classes under
 * {@code uk.gov.hwb.archfixture}: made-up modules alpha, beta, empty, good, cycle), naming the
 * offence, and passing where the fixture keeps it.
 */
class ModuleRulesCatchViolationsTest {

    private static final String FIXTURES = "uk.gov.hwb.archfixture";
    private final JavaClasses fixtures = new ClassFileImporter().importPackages(FIXTURES);

    private static List<String> violations(ArchRule rule, JavaClasses classes) {
        EvaluationResult result = rule.evaluate(classes);
        return result.getFailureReport().getDetails();
    }

    @Test
    void aScreenUsingAnotherModulesEntityBreaksTheScreenRule() {
        JavaClasses withLeak = new ClassFileImporter().importClasses(LeakyScreen.class, uk.gov.hwb.board.entity.Body.class);
        assertThat(violations(ModuleRules.screensSeeTheirApiAndTheKernelOnly(), withLeak))
                .anySatisfy(line -> assertThat(line).contains(LeakyScreen.class.getName()).contains("uk.gov.hwb.board.entity.Body"));
    }

    @Test
    void aBuiltModuleWithoutItsPartsFails() {
        assertThat(violations(ModuleRules.builtModulesHoldTheirParts(FIXTURES, List.of("empty")), fixtures))
                .anySatisfy(line -> assertThat(line).contains("empty is marked built but its api holds no facade interface"))
                .anySatisfy(line -> assertThat(line).contains("its ui holds no screen"));
        assertThat(violations(ModuleRules.builtModulesHoldTheirParts(FIXTURES, List.of("good")), fixtures)).isEmpty();
    }

    @Test
    void aFacadeWithoutItsServiceFails() {
        JavaClasses withoutService = new ClassFileImporter().withImportOption(location -> !location.contains("ThingsService"))
                .importPackages(FIXTURES + ".good");
        assertThat(violations(ModuleRules.builtModulesHoldTheirParts(FIXTURES, List.of("good")), withoutService))
                .anySatisfy(line -> assertThat(line).contains("facade Things has no implementation uk.gov.hwb.archfixture.good.boundary.ThingsService"));
    }

    @Test
    void aCoreUsingAnotherModulesCoreFails() {
        assertThat(violations(ModuleRules.coresUseNoOtherModule(FIXTURES, List.of("alpha", "beta")), fixtures))
                .anySatisfy(line -> assertThat(line).contains(FIXTURES + ".alpha.control.Reacher").contains(FIXTURES + ".beta.entity.Thing"));
    }

    @Test
    void aJpaAssociationToAnotherModulesEntityFails() {
        assertThat(violations(ModuleRules.noAssociationAcrossModules(FIXTURES, List.of("alpha", "beta")), fixtures))
                .anySatisfy(line -> assertThat(line).contains("Holder.thing is a JPA association to " + FIXTURES + ".beta.entity.Thing"));
    }

    @Test
    void aPackageCycleFails() {
        assertThat(violations(ModuleRules.noPackageCycles(FIXTURES + ".cycle"), fixtures))
                .anySatisfy(line -> assertThat(line).contains("Cycle detected"));
        assertThat(violations(ModuleRules.noPackageCycles(FIXTURES + ".good"), fixtures)).isEmpty();
    }
}
