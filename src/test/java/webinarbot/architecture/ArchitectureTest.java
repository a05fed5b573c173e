package webinarbot.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import webinarbot.http.HttpLimits;
import webinarbot.http.PlainResponses;
import webinarbot.http.ReadinessCheck;
import webinarbot.http.RequestBody;
import webinarbot.http.Route;

/**
 * The package layout of docs/architecture.md, checked on every build: no cycles between packages
 * (the root package included), and for every package the packages of ours it may use.
 */
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

  /**
   * Each package below {@code webinarbot} is one slice, and the root package is a slice of its own:
   * {@code slices().matching("webinarbot.(*)..")} would leave the root out.
   */
  private static final SliceAssignment BY_TOP_PACKAGE =
      new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
          String p = c.getPackageName();
          if (p.equals("webinarbot")) {
            return SliceIdentifier.of("webinarbot (root)");
          }
          if (!p.startsWith("webinarbot.")) {
            return SliceIdentifier.ignore();
          }
          String rest = p.substring("webinarbot.".length());
          int dot = rest.indexOf('.');
          return SliceIdentifier.of(dot < 0 ? rest : rest.substring(0, dot));
        }

        @Override
        public String getDescription() {
          return "the packages of webinarbot, the root included";
        }
      };

  /** Classes of {@code pkg} use no package of ours except {@code allowed} (and their own). */
  private static ArchRule uses(String pkg, String... allowed) {
    List<String> mayUse = new ArrayList<>(Arrays.asList(allowed));
    mayUse.add(pkg);
    String[] packages = mayUse.stream().map(p -> "webinarbot." + p + "..").toArray(String[]::new);
    return noClasses()
        .that()
        .resideInAPackage("webinarbot." + pkg + "..")
        .should()
        .dependOnClassesThat(
            resideInAPackage("webinarbot..").and(not(resideInAnyPackage(packages))))
        .because(pkg + " may use only " + String.join(", ", allowed) + " of our packages");
  }

  static final ArchRule noPackageCycles =
      slices().assignedFrom(BY_TOP_PACKAGE).should().beFreeOfCycles();

  static final ArchRule theRootPackageHoldsOnlyMain =
      classes()
          .that()
          .resideInAPackage("webinarbot")
          .should()
          .haveNameMatching("webinarbot\\.Main(\\$.*)?")
          .because("Main starts the command line; the wiring lives in webinarbot.app");

  static final ArchRule mainUsesOnlyTheCli =
      noClasses()
          .that()
          .resideInAPackage("webinarbot")
          .should()
          .dependOnClassesThat(
              resideInAPackage("webinarbot..")
                  .and(not(resideInAnyPackage("webinarbot", "webinarbot.cli.."))));

  static final ArchRule domainIsPlainJava =
      classes()
          .that()
          .resideInAPackage("webinarbot.domain..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("webinarbot.domain..", "java..")
          .because("the domain is records and rules, free of Slack, Discord, Quartz and Hugo");

  static final ArchRule contentUsesOnlyTheDomain = uses("content", "domain");

  static final ArchRule configUsesOnlyContentAndDomain = uses("config", "content", "domain");

  static final ArchRule storageUsesOnlyConfig = uses("storage", "config");

  static final ArchRule loggingUsesOnlyConfig = uses("logging", "config");

  static final ArchRule httpKnowsNoPlatformNorDelivery = uses("http", "domain");

  static final ArchRule deliveryKnowsNoCommandNorPlatform = uses("delivery", "domain", "storage");

  static final ArchRule commandsAreOneUseCaseOverDelivery = uses("command", "domain", "delivery");

  static final ArchRule metricsDecorateCommandsAndContent =
      uses("metrics", "command", "content", "domain");

  static final ArchRule scheduleKnowsNoPlatformNorCommand =
      uses("schedule", "config", "content", "delivery", "domain", "storage");

  /** {@code review}: what a content change will post, read like the schedule reads it. */
  static final ArchRule reviewKnowsNoPlatform =
      uses("review", "config", "content", "delivery", "domain", "http", "schedule");

  static final ArchRule slackIsAnAdapter =
      uses("slack", "command", "config", "delivery", "domain", "http");

  static final ArchRule discordIsAnAdapter =
      uses("discord", "command", "config", "delivery", "domain", "http", "storage");

  static final ArchRule theWiringKnowsNoCli =
      noClasses()
          .that()
          .resideInAPackage("webinarbot.app..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("webinarbot.cli..");

  static final ArchRule platformsUseOnlyTheEndpointPartsOfHttp =
      noClasses()
          .that()
          .resideInAnyPackage("webinarbot.slack..", "webinarbot.discord..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("webinarbot.http..")
                  .and(
                      not(
                          belongToAnyOf(
                              Route.class,
                              HttpLimits.class,
                              ReadinessCheck.class,
                              PlainResponses.class,
                              RequestBody.class))))
          .because(
              "an adapter offers routes and readiness; the server, ops and calendar are http's");

  static final ArchRule slackAndDiscordStayApart =
      noClasses()
          .that()
          .resideInAPackage("webinarbot.slack..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("webinarbot.discord..", "net.dv8tion..");

  static final ArchRule discordAndSlackStayApart =
      noClasses()
          .that()
          .resideInAPackage("webinarbot.discord..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("webinarbot.slack..", "com.slack..");

  static final ArchRule jdaOnlyInDiscord =
      noClasses()
          .that()
          .resideOutsideOfPackages("webinarbot.discord..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("net.dv8tion..");

  static final ArchRule slackSdkOnlyInSlack =
      noClasses()
          .that()
          .resideOutsideOfPackages("webinarbot.slack..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.slack..");

  static final ArchRule quartzOnlyInSchedule =
      noClasses()
          .that()
          .resideOutsideOfPackages("webinarbot.schedule..")
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

  static final ArchRule onlyMainUsesTheCli =
      noClasses()
          .that()
          .resideOutsideOfPackages("webinarbot.cli..")
          .and()
          .resideOutsideOfPackage("webinarbot")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("webinarbot.cli..");

  static final ArchRule nothingUsesMain =
      noClasses()
          .that()
          .resideOutsideOfPackage("webinarbot")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("webinarbot");
}
