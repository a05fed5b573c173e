package webinarbot.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The package boundaries of DESIGN §6, checked on every build. */
class ArchitectureTest {
  private static final JavaClasses PRODUCTION =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("webinarbot");

  /** One test per rule below, named after the field. */
  @TestFactory
  List<DynamicTest> everyRuleHolds() throws IllegalAccessException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Field f : ArchitectureTest.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == ArchRule.class) {
        ArchRule rule = (ArchRule) f.get(null);
        tests.add(DynamicTest.dynamicTest(f.getName(), () -> rule.check(PRODUCTION)));
      }
    }
    return tests;
  }

  static final ArchRule domainIsPlainJava =
      classes()
          .that()
          .resideInAPackage("webinarbot.domain..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("webinarbot.domain..", "java..")
          .because("the domain is records and rules, free of Slack, Discord, Quartz and Hugo");

  static final ArchRule commandsKnowNoPlatform =
      noClasses()
          .that()
          .resideInAPackage("webinarbot.command..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "webinarbot.slack..",
              "webinarbot.discord..",
              "webinarbot.schedule..",
              "webinarbot.http..",
              "webinarbot.cli..",
              "webinarbot.content..",
              "com.slack..",
              "net.dv8tion..",
              "org.quartz..")
          .because("chat commands are one use case the platforms translate onto");

  static final ArchRule contentKnowsOnlyTheDomain =
      noClasses()
          .that()
          .resideInAPackage("webinarbot.content..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "webinarbot.slack..",
              "webinarbot.discord..",
              "webinarbot.schedule..",
              "webinarbot.delivery..",
              "webinarbot.http..",
              "webinarbot.cli..",
              "webinarbot.command..");

  static final ArchRule slackAndDiscordStayApart =
      noClasses()
          .that()
          .resideInAPackage("webinarbot.slack..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("webinarbot.discord..", "net.dv8tion..")
          .allowEmptyShould(true);

  static final ArchRule discordAndSlackStayApart =
      noClasses()
          .that()
          .resideInAPackage("webinarbot.discord..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("webinarbot.slack..", "com.slack..")
          .allowEmptyShould(true);

  static final ArchRule jdaOnlyInDiscord =
      noClasses()
          .that()
          .resideOutsideOfPackages("webinarbot.discord..")
          .and()
          .resideOutsideOfPackage("webinarbot")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("net.dv8tion..");

  static final ArchRule slackSdkOnlyInSlackAndItsEndpoint =
      noClasses()
          .that()
          .resideOutsideOfPackages("webinarbot.slack..", "webinarbot.http..")
          .and()
          .resideOutsideOfPackage("webinarbot")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.slack..");

  static final ArchRule quartzOnlyInSchedule =
      noClasses()
          .that()
          .resideOutsideOfPackages("webinarbot.schedule..")
          .and()
          .resideOutsideOfPackage("webinarbot")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.quartz..");

  static final ArchRule gitOnlyInReview =
      noClasses()
          .that()
          .resideOutsideOfPackages("webinarbot.review..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.eclipse.jgit..");

  static final ArchRule hugoFormatsOnlyInContentAndConfig =
      noClasses()
          .that()
          .resideOutsideOfPackages("webinarbot.content..", "webinarbot.config..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.tomlj..", "org.yaml..");

  static final ArchRule onlyTheCompositionRootUsesTheCli =
      noClasses()
          .that()
          .resideOutsideOfPackages("webinarbot.cli..")
          .and()
          .resideOutsideOfPackage("webinarbot")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("webinarbot.cli..");
}
