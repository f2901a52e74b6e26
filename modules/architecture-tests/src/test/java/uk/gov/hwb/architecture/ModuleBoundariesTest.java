package uk.gov.hwb.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The production code keeps the module boundaries. A failure here names each offending dependency. */
class ModuleBoundariesTest {

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uk.gov.hwb");
    }

    @Test
    void everyModuleIsOnTheClassPath() {
        for (String module : new String[] {"platform", "board", "send", "strategies", "bcf", "web", "reports", "sheets"}) {
            assertThat(production.stream().anyMatch(c -> c.getPackageName().startsWith("uk.gov.hwb." + module)))
                    .as("classes of " + module + " imported").isTrue();
        }
    }

    @Test
    void kernelKnowsNoDomain() {
        check(ModuleRules.kernelKnowsNoDomain());
    }

    @Test
    void enginesKnowNoModule() {
        check(ModuleRules.enginesKnowNoModule());
    }

    @Test
    void kernelApiKnowsNoPlatformInternals() {
        check(ModuleRules.kernelApiKnowsNoPlatformInternals());
    }

    @Test
    void domainApisDependOnTheKernelOnly() {
        check(ModuleRules.domainApisDependOnTheKernelOnly());
    }

    @Test
    void coresUseNoOtherModule() {
        check(ModuleRules.coresUseNoOtherModule());
    }

    @Test
    void screensSeeTheirApiAndTheKernelOnly() {
        check(ModuleRules.screensSeeTheirApiAndTheKernelOnly());
    }

    @Test
    void webShellSeesNoCore() {
        check(ModuleRules.webShellSeesNoCore());
    }

    @Test
    void layersPointInwards() {
        check(ModuleRules.layersPointInwards());
    }

    @Test
    void noJpaAssociationCrossesAModule() {
        check(ModuleRules.noAssociationAcrossModules());
    }

    @Test
    void noPackageCycles() {
        check(ModuleRules.noPackageCycles());
    }

    @Test
    void builtModulesHoldTheirParts() {
        check(ModuleRules.builtModulesHoldTheirParts());
    }

    @Test
    void theBoardModuleIsDeclaredBuilt() {
        assertThat(production.getPackage("uk.gov.hwb.board.api").isAnnotatedWith(uk.gov.hwb.platform.modules.BuiltModule.class)).isTrue();
    }

    @Test
    void classesAreNamedForWhatTheyAre() {
        check(ModuleRules.facadesAreNamedForWhatTheyImplement());
    }

    private static void check(ArchRule rule) {
        rule.check(production);
    }
}
