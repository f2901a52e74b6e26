package uk.gov.hwb.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The module boundaries of DESIGN.md as ArchUnit rules.
 *
 * <ol>
 *   <li>The platform kernel knows no domain module; domain APIs depend on the kernel only.</li>
 *   <li>A module's core (boundary, control, entity) uses other modules only through their API, and
 *       only where {@link #API_ALLOWED} says so; never their core or ui.</li>
 *   <li>Screens and HTTP resources (ui) see their own module's API and the kernel, never entities
 *       or any core.</li>
 *   <li>The web shell sees no module's core.</li>
 * </ol>
 * Rules allow an empty selection: a module may have no screens or API classes yet. That they do
 * select classes once there are some is shown by {@code ModuleBoundariesTest.everyModuleIsOnTheClassPath}
 * and {@code ModuleRulesCatchViolationsTest}.
 */
final class ModuleRules {

    static final List<String> DOMAINS = List.of("board", "send", "strategies", "bcf");

    /** Which other modules' APIs a module's core may use (board embeds documents from the others). */
    static final Map<String, Set<String>> API_ALLOWED = Map.of(
            "board", Set.of("send", "strategies", "bcf"),
            "send", Set.of(),
            "strategies", Set.of(),
            "bcf", Set.of());

    private static final String[] CORE = {"boundary", "control", "entity"};

    private ModuleRules() {
    }

    static ArchRule kernelKnowsNoDomain() {
        return noClasses().that().resideInAPackage("uk.gov.hwb.platform..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "uk.gov.hwb.board..", "uk.gov.hwb.send..", "uk.gov.hwb.strategies..", "uk.gov.hwb.bcf..", "uk.gov.hwb.web..")
                .as("the platform kernel knows no domain module").allowEmptyShould(true);
    }

    static ArchRule kernelApiKnowsNoPlatformInternals() {
        return noClasses().that().resideInAPackage("uk.gov.hwb.platform..")
                .and().resideOutsideOfPackages(corePackages("platform"))
                .and().resideOutsideOfPackage("uk.gov.hwb.platform.ui..")
                .should().dependOnClassesThat().resideInAnyPackage(corePackages("platform"))
                .as("the platform kernel does not use platform-core internals").allowEmptyShould(true);
    }

    static ArchRule domainApisDependOnTheKernelOnly() {
        List<ArchRule> rules = new ArrayList<>();
        for (String module : DOMAINS) {
            rules.add(classes().that().resideInAPackage("uk.gov.hwb." + module + ".api..")
                    .should().onlyDependOnClassesThat().resideInAnyPackage(
                            "uk.gov.hwb." + module + ".api..", "uk.gov.hwb.platform..", "java..", "jakarta..")
                    .as(module + "-api depends on the platform kernel only").allowEmptyShould(true));
        }
        return CompositeArchRule.of(rules).as("domain APIs depend on the platform kernel only");
    }

    static ArchRule coresUseOtherModulesOnlyThroughAllowedApis() {
        List<ArchRule> rules = new ArrayList<>();
        for (String module : List.of("platform", "board", "send", "strategies", "bcf")) {
            List<String> forbidden = new ArrayList<>();
            for (String other : List.of("platform", "board", "send", "strategies", "bcf")) {
                if (other.equals(module)) {
                    continue;
                }
                forbidden.addAll(List.of(corePackages(other)));
                forbidden.add("uk.gov.hwb." + other + ".ui..");
                if (!other.equals("platform") && !API_ALLOWED.getOrDefault(module, Set.of()).contains(other)) {
                    forbidden.add("uk.gov.hwb." + other + ".api..");
                }
            }
            forbidden.add("uk.gov.hwb.web..");
            forbidden.add("uk.gov.hwb." + module + ".ui..");
            rules.add(noClasses().that().resideInAnyPackage(corePackages(module))
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                    .as(module + "-core uses other modules only through their allowed APIs").allowEmptyShould(true));
        }
        return CompositeArchRule.of(rules).as("module cores use other modules only through allowed APIs");
    }

    static ArchRule screensSeeTheirApiAndTheKernelOnly() {
        List<ArchRule> rules = new ArrayList<>();
        for (String module : List.of("platform", "board", "send", "strategies", "bcf")) {
            List<String> forbidden = new ArrayList<>();
            for (String other : List.of("platform", "board", "send", "strategies", "bcf")) {
                forbidden.addAll(List.of(corePackages(other)));
                if (!other.equals(module)) {
                    forbidden.add("uk.gov.hwb." + other + ".ui..");
                    if (!other.equals("platform")) {
                        forbidden.add("uk.gov.hwb." + other + ".api..");
                    }
                }
            }
            forbidden.add("uk.gov.hwb.web..");
            rules.add(noClasses().that().resideInAPackage("uk.gov.hwb." + module + ".ui..")
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                    .as(module + "-ui sees its own API and the platform kernel only").allowEmptyShould(true));
        }
        return CompositeArchRule.of(rules).as("screens see their own API and the kernel only");
    }

    static ArchRule webShellSeesNoCore() {
        List<String> cores = new ArrayList<>();
        for (String module : List.of("platform", "board", "send", "strategies", "bcf")) {
            cores.addAll(List.of(corePackages(module)));
        }
        return noClasses().that().resideInAPackage("uk.gov.hwb.web..")
                .should().dependOnClassesThat().resideInAnyPackage(cores.toArray(String[]::new))
                .as("the web shell sees no module's core").allowEmptyShould(true);
    }

    static List<ArchRule> all() {
        return List.of(kernelKnowsNoDomain(), kernelApiKnowsNoPlatformInternals(), domainApisDependOnTheKernelOnly(),
                coresUseOtherModulesOnlyThroughAllowedApis(), screensSeeTheirApiAndTheKernelOnly(), webShellSeesNoCore());
    }

    private static String[] corePackages(String module) {
        String[] packages = new String[CORE.length];
        for (int i = 0; i < CORE.length; i++) {
            packages[i] = "uk.gov.hwb." + module + "." + CORE[i] + "..";
        }
        return packages;
    }
}
