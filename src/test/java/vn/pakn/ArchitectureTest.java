package vn.pakn;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The component rules of docs/architecture.md, checked on the compiled classes. Each rule is also
 * checked against a test class that breaks it on purpose ({@code Broken*Fixture}, test sources
 * only, so never part of the application), so a rule that cannot fail is noticed.
 */
class ArchitectureTest {

  /** The business components; {@code platform} and {@code notifications} serve them all. */
  static final String[] BUSINESS = {
    "agencies",
    "deadlines",
    "officers",
    "operations",
    "petitions",
    "publication",
    "reports",
    "search",
    "surveys",
    "documents"
  };

  static final Pattern COMPONENT = Pattern.compile("vn\\.pakn\\.(\\w+)(\\.(\\w+))?.*");

  static JavaClasses application;

  @BeforeAll
  static void importApplication() {
    application =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("vn.pakn");
  }

  static String[] businessPackages() {
    String[] packages = new String[BUSINESS.length];
    for (int i = 0; i < BUSINESS.length; i++) {
      packages[i] = "vn.pakn." + BUSINESS[i] + "..";
    }
    return packages;
  }

  /** The platform knows no business. */
  static final ArchRule PLATFORM_KNOWS_NO_BUSINESS =
      noClasses()
          .that()
          .resideInAPackage("vn.pakn.platform..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(businessPackages())
          .orShould()
          .dependOnClassesThat()
          .resideInAPackage("vn.pakn.notifications..")
          .because("platform is what every component builds on");

  /** The mail kernel: outbox, templates, rendering, sending; each component composes its mails. */
  static final ArchRule MAIL_KERNEL_KNOWS_NO_BUSINESS =
      noClasses()
          .that()
          .resideInAPackage("vn.pakn.notifications..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(businessPackages())
          .because("components hand their mails to the kernel, never the other way round");

  static final ArchRule NO_CYCLES_BETWEEN_COMPONENTS =
      slices().matching("vn.pakn.(*)..").should().beFreeOfCycles();

  /** A resource is an entry point for HTTP, never an API for another component. */
  static final ArchRule BOUNDARIES_ARE_NOT_CALLED_BY_OTHER_COMPONENTS =
      noClasses()
          .should(dependOnAnotherComponents("boundary", target -> true))
          .because("components talk through their control classes and CDI events");

  /**
   * A resource reaches another component's data through that component's control classes, not by
   * loading its JPA entities itself.
   */
  static final ArchRule BOUNDARIES_LEAVE_OTHER_COMPONENTS_ENTITIES_ALONE =
      noClasses()
          .that()
          .resideInAPackage("..boundary..")
          .should(
              dependOnAnotherComponents("entity", target -> target.isAnnotatedWith(Entity.class)))
          .because("another component's entities are loaded and changed by that component");

  static Optional<String> componentOf(JavaClass type) {
    Matcher m = COMPONENT.matcher(type.getName());
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  static Optional<String> layerOf(JavaClass type) {
    Matcher m = COMPONENT.matcher(type.getName());
    return m.matches() ? Optional.ofNullable(m.group(3)) : Optional.empty();
  }

  /**
   * Depends on a class in {@code layer} of a business component other than its own that matches
   * (the platform's boundary — problem answers, request filters — serves every component).
   */
  static ArchCondition<JavaClass> dependOnAnotherComponents(
      String layer, java.util.function.Predicate<JavaClass> matching) {
    return new ArchCondition<>("depend on another component's " + layer) {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        Optional<String> own = componentOf(origin);
        for (Dependency d : origin.getDirectDependenciesFromSelf()) {
          JavaClass target = d.getTargetClass();
          Optional<String> theirs = componentOf(target);
          if (own.isPresent()
              && theirs.isPresent()
              && !own.equals(theirs)
              && !theirs.get().equals("platform")
              && layerOf(target).filter(layer::equals).isPresent()
              && matching.test(target)) {
            events.add(SimpleConditionEvent.satisfied(d, d.getDescription()));
          }
        }
      }
    };
  }

  @Test
  void platformKnowsNoBusiness() {
    PLATFORM_KNOWS_NO_BUSINESS.check(application);
  }

  @Test
  void theMailKernelKnowsNoBusiness() {
    MAIL_KERNEL_KNOWS_NO_BUSINESS.check(application);
  }

  @Test
  void componentsHaveNoCycles() {
    NO_CYCLES_BETWEEN_COMPONENTS.check(application);
  }

  @Test
  void resourcesAreEntryPointsOnly() {
    BOUNDARIES_ARE_NOT_CALLED_BY_OTHER_COMPONENTS.check(application);
  }

  @Test
  void resourcesLeaveOtherComponentsEntitiesAlone() {
    BOUNDARIES_LEAVE_OTHER_COMPONENTS_ENTITIES_ALONE.check(application);
  }

  // --- each rule fails when broken -------------------------------------------------------------

  /** The application's classes and one fixture from the test classes. */
  static JavaClasses withFixture(String fixture) {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .withImportOption(
            location -> !location.contains("/test-classes/") || location.contains(fixture))
        .importPackages("vn.pakn");
  }

  static void assertBroken(ArchRule rule, String fixture, String expected) {
    var result = rule.evaluate(withFixture(fixture));
    org.assertj.core.api.Assertions.assertThat(result.hasViolation()).as(fixture).isTrue();
    org.assertj.core.api.Assertions.assertThat(result.getFailureReport().getDetails())
        .anyMatch(line -> line.contains(fixture) && line.contains(expected));
  }

  @Test
  void thePlatformRuleCatchesABusinessImport() {
    assertBroken(PLATFORM_KNOWS_NO_BUSINESS, "BrokenPlatformFixture", "PetitionStatus");
  }

  @Test
  void theKernelRuleCatchesABusinessImport() {
    assertBroken(MAIL_KERNEL_KNOWS_NO_BUSINESS, "BrokenKernelFixture", "Role");
  }

  @Test
  void theCycleRuleCatchesACycle() {
    assertBroken(NO_CYCLES_BETWEEN_COMPONENTS, "BrokenCycleFixture", "BrokenCycleFixture");
  }

  @Test
  void theBoundaryRulesCatchAResourceReachingIntoAnotherComponent() {
    assertBroken(
        BOUNDARIES_ARE_NOT_CALLED_BY_OTHER_COMPONENTS,
        "BrokenBoundaryFixture",
        "PetitionsResource");
    assertBroken(
        BOUNDARIES_LEAVE_OTHER_COMPONENTS_ENTITIES_ALONE, "BrokenBoundaryFixture", "Agency");
  }
}
