package webinarbot.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import webinarbot.testing.FixedSeed;

/** CI tries the same cases on every run: no property may draw a random seed. */
class FixedSeedsTest {
  @Test
  void everyPropertyHasTheFixedSeed() {
    List<JavaMethod> properties =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("webinarbot")
                .stream()
                .flatMap(c -> c.getMethods().stream())
                .filter(m -> m.isAnnotatedWith(Property.class))
                .toList();

    assertThat(properties).hasSizeGreaterThan(10);
    assertThat(properties)
        .allSatisfy(
            m ->
                assertThat(m.getAnnotationOfType(Property.class).seed())
                    .as(m.getFullName())
                    .isEqualTo(FixedSeed.SEED));
  }
}
