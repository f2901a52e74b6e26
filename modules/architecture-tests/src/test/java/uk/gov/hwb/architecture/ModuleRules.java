package uk.gov.hwb.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.gov.hwb.platform.modules.BuiltModule;

/**
 * The module boundaries of DESIGN.md as ArchUnit rules, written for a root package so the
 * fixtures in {@code ModuleRulesCatchViolationsTest} can prove each rule fails when broken.
 *
 * <ol>
 *   <li>The platform kernel knows no domain module; domain APIs depend on the kernel only; the
 *       engines ({@code reports}, {@code sheets}) know no module at all.</li>
 *   <li>A module's core (boundary, control, entity) never uses another module's api, core or ui:
 *       what crosses modules goes through the kernel (generated documents, seats, measures).</li>
 *   <li>Screens and HTTP resources (ui) see their own module's API and the kernel, never entities
 *       or any core; the web shell sees no core.</li>
 *   <li>Inside a module, boundary → control → entity: an entity uses no control or boundary, a
 *       control no boundary.</li>
 *   <li>No JPA association reaches another module's entity (other modules' things are held by id).</li>
 *   <li>No package cycles.</li>
 *   <li>A module whose API package is marked {@link BuiltModule} holds its parts: facade
 *       interfaces in its api, each implemented by a class of the same name + "Service" in its
 *       boundary, and screens ({@code @Named} views) in its ui. Until then its rules may select
 *       nothing; after, an emptied module fails the build.</li>
 *   <li>Facade implementations are named after what they implement: no {@code *Impl},
 *       {@code *Manager}, {@code *Bean} or {@code *Helper} classes.</li>
 * </ol>
 */
final class ModuleRules {

    static final String ROOT = "uk.gov.hwb";
    static final List<String> DOMAINS = List.of("board", "send", "strategies", "bcf");
    static final List<String> MODULES = List.of("platform", "board", "send", "strategies", "bcf");
    private static final String[] CORE = {"boundary", "control", "entity"};

    private ModuleRules() {
    }

    static ArchRule kernelKnowsNoDomain() {
        return noClasses().that().resideInAPackage(ROOT + ".platform..")
                .should().dependOnClassesThat().resideInAnyPackage(packages(ROOT, "board", "send", "strategies", "bcf", "web", "reports", "sheets"))
                .as("the platform kernel knows no domain module");
    }

    static ArchRule enginesKnowNoModule() {
        return noClasses().that().resideInAnyPackage(ROOT + ".reports..", ROOT + ".sheets..")
                .should().dependOnClassesThat().resideInAnyPackage(packages(ROOT, "platform", "board", "send", "strategies", "bcf", "web"))
                .as("the reports and sheets engines know no module")
                .allowEmptyShould(false);
    }

    static ArchRule kernelApiKnowsNoPlatformInternals() {
        return noClasses().that().resideInAPackage(ROOT + ".platform..")
                .and().resideOutsideOfPackages(corePackages(ROOT, "platform"))
                .and().resideOutsideOfPackage(ROOT + ".platform.ui..")
                .should().dependOnClassesThat().resideInAnyPackage(corePackages(ROOT, "platform"))
                .as("the platform kernel does not use platform-core internals");
    }

    static ArchRule domainApisDependOnTheKernelOnly() {
        return domainApisDependOnTheKernelOnly(ROOT, DOMAINS);
    }

    static ArchRule domainApisDependOnTheKernelOnly(String root, List<String> domains) {
        List<ArchRule> rules = new ArrayList<>();
        for (String module : domains) {
            rules.add(classes().that().resideInAPackage(root + "." + module + ".api..")
                    .should().onlyDependOnClassesThat().resideInAnyPackage(
                            root + "." + module + ".api..", ROOT + ".platform..", "java..", "jakarta..")
                    .as(module + "-api depends on the platform kernel only").allowEmptyShould(true));
        }
        return CompositeArchRule.of(rules).as("domain APIs depend on the platform kernel only");
    }

    static ArchRule coresUseNoOtherModule() {
        return coresUseNoOtherModule(ROOT, MODULES);
    }

    static ArchRule coresUseNoOtherModule(String root, List<String> modules) {
        List<ArchRule> rules = new ArrayList<>();
        for (String module : modules) {
            List<String> forbidden = new ArrayList<>();
            for (String other : modules) {
                if (!other.equals(module)) {
                    forbidden.addAll(List.of(corePackages(root, other)));
                    forbidden.add(root + "." + other + ".ui..");
                    if (!other.equals("platform")) {
                        forbidden.add(root + "." + other + ".api..");
                    }
                }
            }
            forbidden.add(root + ".web..");
            forbidden.add(root + "." + module + ".ui..");
            rules.add(noClasses().that().resideInAnyPackage(corePackages(root, module))
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                    .as(module + "-core uses no other module's api, core or ui").allowEmptyShould(true));
        }
        return CompositeArchRule.of(rules).as("module cores use other modules only through the kernel");
    }

    static ArchRule screensSeeTheirApiAndTheKernelOnly() {
        List<ArchRule> rules = new ArrayList<>();
        for (String module : MODULES) {
            List<String> forbidden = new ArrayList<>();
            for (String other : MODULES) {
                forbidden.addAll(List.of(corePackages(ROOT, other)));
                if (!other.equals(module)) {
                    forbidden.add(ROOT + "." + other + ".ui..");
                    if (!other.equals("platform")) {
                        forbidden.add(ROOT + "." + other + ".api..");
                    }
                }
            }
            forbidden.add(ROOT + ".web..");
            forbidden.add(ROOT + ".reports..");
            forbidden.add(ROOT + ".sheets..");
            rules.add(noClasses().that().resideInAPackage(ROOT + "." + module + ".ui..")
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                    .as(module + "-ui sees its own API and the platform kernel only").allowEmptyShould(true));
        }
        return CompositeArchRule.of(rules).as("screens see their own API and the kernel only");
    }

    static ArchRule webShellSeesNoCore() {
        List<String> cores = new ArrayList<>();
        for (String module : MODULES) {
            cores.addAll(List.of(corePackages(ROOT, module)));
        }
        return noClasses().that().resideInAPackage(ROOT + ".web..")
                .should().dependOnClassesThat().resideInAnyPackage(cores.toArray(String[]::new))
                .as("the web shell sees no module's core");
    }

    static ArchRule layersPointInwards() {
        return layersPointInwards(ROOT, MODULES);
    }

    /** boundary → control → entity inside each module. */
    static ArchRule layersPointInwards(String root, List<String> modules) {
        List<ArchRule> rules = new ArrayList<>();
        for (String module : modules) {
            String base = root + "." + module;
            rules.add(noClasses().that().resideInAPackage(base + ".entity..")
                    .should().dependOnClassesThat().resideInAnyPackage(base + ".control..", base + ".boundary..")
                    .as(module + " entities use no control or boundary").allowEmptyShould(true));
            rules.add(noClasses().that().resideInAPackage(base + ".control..")
                    .should().dependOnClassesThat().resideInAPackage(base + ".boundary..")
                    .as(module + " control uses no boundary").allowEmptyShould(true));
        }
        return CompositeArchRule.of(rules).as("boundary -> control -> entity inside each module");
    }

    static ArchRule noAssociationAcrossModules() {
        return noAssociationAcrossModules(ROOT, MODULES);
    }

    /** Every JPA relationship field of a module's entity points at an entity of the same module. */
    static ArchRule noAssociationAcrossModules(String root, List<String> modules) {
        List<ArchRule> rules = new ArrayList<>();
        for (String module : modules) {
            String own = root + "." + module + ".entity";
            rules.add(fields().that().areDeclaredInClassesThat().resideInAPackage(own + "..")
                    .and(isRelationship())
                    .should(targetAnEntityIn(own))
                    .as(module + " entities hold other modules' things by id, never by JPA association").allowEmptyShould(true));
        }
        return CompositeArchRule.of(rules).as("no JPA association across modules");
    }

    static ArchRule noPackageCycles() {
        return noPackageCycles(ROOT);
    }

    static ArchRule noPackageCycles(String root) {
        return slices().matching(root + ".(**)").should().beFreeOfCycles().as("no package cycles under " + root);
    }

    static ArchRule builtModulesHoldTheirParts() {
        return builtModulesHoldTheirParts(ROOT, DOMAINS);
    }

    /**
     * For each domain module whose api package is marked {@link BuiltModule}: the api holds at least
     * one facade interface, each implemented by {@code <Facade>Service} in the module's boundary, and
     * the ui holds at least one screen.
     */
    static ArchRule builtModulesHoldTheirParts(String root, List<String> domains) {
        return classes().that(packageInfoOfBuiltModule(root, domains)).should(holdTheirParts(root))
                .as("built modules hold their facades, services and screens").allowEmptyShould(true);
    }

    static ArchRule facadesAreNamedForWhatTheyImplement() {
        return noClasses().that().resideInAPackage(ROOT + "..")
                .should().haveSimpleNameEndingWith("Impl").orShould().haveSimpleNameEndingWith("Manager")
                .orShould().haveSimpleNameEndingWith("Bean").orShould().haveSimpleNameEndingWith("Helper")
                .as("classes are named for what they are (no *Impl, *Manager, *Bean, *Helper)");
    }

    private static DescribedPredicate<JavaClass> packageInfoOfBuiltModule(String root, List<String> domains) {
        Set<String> apis = domains.stream().map(d -> root + "." + d + ".api").collect(Collectors.toSet());
        return new DescribedPredicate<>("are the package-info of a built module's api") {
            @Override
            public boolean test(JavaClass c) {
                return c.getSimpleName().equals("package-info") && apis.contains(c.getPackageName()) && c.isAnnotatedWith(BuiltModule.class);
            }
        };
    }

    private static ArchCondition<JavaClass> holdTheirParts(String root) {
        return new ArchCondition<>("hold their facades, services and screens") {
            @Override
            public void check(JavaClass packageInfo, ConditionEvents events) {
                String api = packageInfo.getPackageName();
                String module = api.substring(root.length() + 1, api.length() - ".api".length());
                JavaPackage apiPackage = packageInfo.getPackage();
                List<JavaClass> facades = apiPackage.getClasses().stream()
                        .filter(c -> c.isInterface() && !c.isAnnotation() && c.getModifiers().contains(JavaModifier.PUBLIC)).toList();
                if (facades.isEmpty()) {
                    events.add(SimpleConditionEvent.violated(packageInfo, module + " is marked built but its api holds no facade interface"));
                }
                for (JavaClass facade : facades) {
                    String service = root + "." + module + ".boundary." + facade.getSimpleName() + "Service";
                    boolean implemented = facade.getAllSubclasses().stream()
                            .anyMatch(c -> c.getName().equals(service));
                    if (!implemented) {
                        events.add(SimpleConditionEvent.violated(packageInfo, module + "'s facade " + facade.getSimpleName()
                                + " has no implementation " + service));
                    }
                }
                String ui = root + "." + module + ".ui";
                boolean screens = packageInfo.getPackage().getParent().stream().flatMap(p -> p.getClassesInPackageTree().stream())
                        .anyMatch(c -> (c.getPackageName().equals(ui) || c.getPackageName().startsWith(ui + "."))
                                && c.isAnnotatedWith("jakarta.inject.Named"));
                if (!screens) {
                    events.add(SimpleConditionEvent.violated(packageInfo, module + " is marked built but its ui holds no screen (@Named view)"));
                }
            }
        };
    }

    private static DescribedPredicate<JavaField> isRelationship() {
        return new DescribedPredicate<>("are JPA relationships") {
            @Override
            public boolean test(JavaField field) {
                return field.isAnnotatedWith("jakarta.persistence.ManyToOne") || field.isAnnotatedWith("jakarta.persistence.OneToOne")
                        || field.isAnnotatedWith("jakarta.persistence.OneToMany") || field.isAnnotatedWith("jakarta.persistence.ManyToMany");
            }
        };
    }

    private static ArchCondition<JavaField> targetAnEntityIn(String entityPackage) {
        return new ArchCondition<>("target an entity of the same module") {
            @Override
            public void check(JavaField field, ConditionEvents events) {
                Set<JavaClass> targets = field.getRawType().isAssignableTo(java.util.Collection.class)
                        ? field.getType().getAllInvolvedRawTypes().stream().filter(t -> !t.isAssignableTo(java.util.Collection.class))
                                .collect(Collectors.toSet())
                        : Set.of(field.getRawType());
                for (JavaClass target : targets) {
                    if (!target.getPackageName().startsWith(entityPackage)) {
                        events.add(SimpleConditionEvent.violated(field, field.getFullName() + " is a JPA association to " + target.getName()
                                + ", another module's entity: hold its id instead"));
                    }
                }
            }
        };
    }

    private static String[] packages(String root, String... modules) {
        return java.util.Arrays.stream(modules).map(m -> root + "." + m + "..").toArray(String[]::new);
    }

    private static String[] corePackages(String root, String module) {
        String[] packages = new String[CORE.length];
        for (int i = 0; i < CORE.length; i++) {
            packages[i] = root + "." + module + "." + CORE[i] + "..";
        }
        return packages;
    }
}
