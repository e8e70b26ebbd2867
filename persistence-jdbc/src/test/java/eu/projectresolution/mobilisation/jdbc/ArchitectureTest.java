package eu.projectresolution.mobilisation.jdbc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import eu.projectresolution.mobilisation.MobilisationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

/** The architecture rules of the JDBC adapters, as sentences. */
class ArchitectureTest {
  private static JavaClasses adapters;

  @BeforeAll
  static void importAdapters() {
    adapters =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("eu.projectresolution.mobilisation.jdbc");
  }

  @Test
  void adaptersAreNotPublicApiExceptTheirEntryPoint() {
    classes()
        .that()
        .areTopLevelClasses()
        .and()
        .doNotHaveSimpleName("JdbcStorage")
        .should()
        .notBePublic()
        .because("hosts reach the JDBC adapters through JdbcStorage only")
        .check(adapters);
  }

  @Test
  void adaptersUsePlainJdbcOnTheHostsDataSourceAndNameNoDriverPoolOrOrm() {
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "eu.projectresolution.mobilisation..",
            "java..",
            "javax.sql..",
            "com.google.common..",
            "com.fasterxml.jackson..",
            "org.slf4j..",
            "org.flywaydb.core..")
        .because("the host brings the driver and the pool; Flyway only applies the migrations")
        .check(adapters);
  }

  @Test
  void adaptersUseCorePortsNotItsInMemoryAdapters() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("eu.projectresolution.mobilisation.inmemory..")
        .check(adapters);
  }

  @Test
  void adaptersWriteNothingToTheConsoleAndUseNoJavaUtilLogging() {
    noClasses()
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage("java.util.logging..")
        .because("an embedded library logs through SLF4J and lets the host decide")
        .check(adapters);
  }

  @Test
  void loggersArePrivateStaticFinal() {
    fields()
        .that()
        .haveRawType(Logger.class)
        .should()
        .haveModifier(JavaModifier.PRIVATE)
        .andShould()
        .haveModifier(JavaModifier.STATIC)
        .andShould()
        .haveModifier(JavaModifier.FINAL)
        .check(adapters);
  }

  @Test
  void everyExceptionExtendsMobilisationException() {
    classes()
        .that()
        .areAssignableTo(RuntimeException.class)
        .should()
        .beAssignableTo(MobilisationException.class)
        .because("hosts catch one root exception, and no SQLException crosses a port")
        .check(adapters);
  }
}
