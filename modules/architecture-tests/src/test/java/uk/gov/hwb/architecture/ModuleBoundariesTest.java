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
        for (String module : new String[] {"platform", "board", "send", "strategies", "bcf", "web"}) {
            assertThat(production.stream().anyMatch(c -> c.getPackageName().startsWith("uk.gov.hwb." + module)))
                    .as("classes of " + module + " imported").isTrue();
        }
    }

    @Test
    void kernelKnowsNoDomain() {
        check(ModuleRules.kernelKnowsNoDomain());
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
    void coresUseOtherModulesOnlyThroughAllowedApis() {
        check(ModuleRules.coresUseOtherModulesOnlyThroughAllowedApis());
    }

    @Test
    void screensSeeTheirApiAndTheKernelOnly() {
        check(ModuleRules.screensSeeTheirApiAndTheKernelOnly());
    }

    @Test
    void webShellSeesNoCore() {
        check(ModuleRules.webShellSeesNoCore());
    }

    private static void check(ArchRule rule) {
        rule.check(production);
    }
}
