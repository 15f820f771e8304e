package vn.pakn.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract filter names resources by their base path, since the platform may not import the
 * business components: these tests keep that table, the access table and the request schemas in
 * step with the resource classes, so a new or renamed resource cannot slip out of the contract.
 */
class OpenApiContractTest {

  static List<Class<?>> resources = new ArrayList<>();

  @BeforeAll
  static void importResources() {
    for (JavaClass c :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.pakn")) {
      if (c.isAnnotatedWith(Path.class) && c.getSimpleName().endsWith("Resource")) {
        resources.add(c.reflect());
      }
    }
  }

  static String name(Class<?> resource) {
    String simple = resource.getSimpleName().replaceFirst("Resource$", "");
    return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
  }

  static String component(Class<?> resource) {
    String[] parts = resource.getPackageName().split("\\.");
    return parts[parts.length - 2];
  }

  @Test
  void everyResourceClassIsInTheTableWithItsNameAndComponent() {
    assertThat(resources).hasSizeGreaterThan(20);
    var expected = new TreeSet<String>();
    for (Class<?> resource : resources) {
      expected.add(
          resource.getAnnotation(Path.class).value()
              + " "
              + name(resource)
              + " "
              + component(resource));
    }
    var table = new TreeSet<String>();
    for (OpenApiContract.Resource r : OpenApiContract.RESOURCES) {
      table.add(r.basePath() + " " + r.name() + " " + r.component());
    }
    assertThat(table).isEqualTo(expected);
  }

  @Test
  void theMostSpecificBasePathNamesAnOperation() {
    assertThat(OpenApiContract.resourceOf("/api/petitions/{trackingCode}/signed-answer/summary"))
        .map(OpenApiContract.Resource::name)
        .contains("signedAnswers");
    assertThat(OpenApiContract.resourceOf("/api/petitions/{trackingCode}/rating"))
        .map(OpenApiContract.Resource::name)
        .contains("petitions");
    assertThat(OpenApiContract.resourceOf("/api/petition-kinds"))
        .map(OpenApiContract.Resource::name)
        .contains("petitionKinds");
    assertThat(OpenApiContract.resourceOf("/api/officers/activation"))
        .map(OpenApiContract.Resource::name)
        .contains("activation");
    assertThat(OpenApiContract.resourceOf("/api/officers"))
        .map(OpenApiContract.Resource::name)
        .contains("officers");
    assertThat(OpenApiContract.resourceOf("/api/unknown")).isEmpty();
  }

  @Test
  void operationIdsAreUniqueAcrossResources() {
    Set<String> ids = new HashSet<>();
    List<String> duplicates = new ArrayList<>();
    for (String id : operationIds()) {
      if (!ids.add(id)) {
        duplicates.add(id);
      }
    }
    assertThat(duplicates).isEmpty();
  }

  @Test
  void theAccessTableAndTheRequestSchemasNameRealOperations() {
    Set<String> ids = new HashSet<>(operationIds());
    assertThat(ids).containsAll(OpenApiContract.NOT_OFFICER_ONLY.keySet());
    assertThat(ids).containsAll(ContractSchemas.REQUEST_BODIES.keySet());
  }

  /** {@code <resource>.<method>} of every public resource method with an HTTP method. */
  static List<String> operationIds() {
    List<String> ids = new ArrayList<>();
    for (Class<?> resource : resources) {
      for (Method m : resource.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers()) && httpMethod(m)) {
          ids.add(name(resource) + "." + m.getName());
        }
      }
    }
    return ids;
  }

  static boolean httpMethod(Method m) {
    for (var a : m.getAnnotations()) {
      if (a.annotationType().isAnnotationPresent(jakarta.ws.rs.HttpMethod.class)) {
        return true;
      }
    }
    return false;
  }
}
