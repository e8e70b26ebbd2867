package eu.projectresolution.mobilisation;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import eu.projectresolution.mobilisation.engine.CommandResult;
import eu.projectresolution.mobilisation.engine.Correction;
import eu.projectresolution.mobilisation.engine.PathwayCommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

/** The architecture rules of the core library, as sentences. */
class ArchitectureTest {
  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("eu.projectresolution.mobilisation");
  }

  @Test
  void coreDependsOnlyOnJavaGuavaJacksonSlf4jAndImmutablesAnnotations() {
    ArchRule rule =
        classes()
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                "eu.projectresolution.mobilisation..",
                "java..",
                "javax.annotation..",
                "javax.crypto..",
                "com.google.common..",
                "com.google.errorprone.annotations..",
                "com.fasterxml.jackson..",
                "org.slf4j..",
                "org.immutables.value..")
            .because("core must stay pure and light to embed: see docs/architecture.md");
    rule.check(core);
  }

  @Test
  void coreTouchesNoDatabaseFileOrNetwork() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.sql..", "javax.sql..", "java.nio.file..", "java.net.http..")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.io.File")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.io.FileInputStream")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.io.FileOutputStream")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.net.Socket")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.net.URLConnection")
        .because("storage and transport belong to adapters outside core")
        .check(core);
  }

  @Test
  void conceptPackagesHaveNoCycles() {
    slices().matching("eu.projectresolution.mobilisation.(*)..").should().beFreeOfCycles().check(core);
  }

  @Test
  void portsAreInterfaces() {
    classes()
        .that()
        .resideInAPackage("eu.projectresolution.mobilisation.port")
        .and()
        .haveSimpleNameNotStartingWith("Immutable")
        .and()
        .areTopLevelClasses()
        .should()
        .beInterfaces()
        .because("ports are contracts that adapters implement; their values are Immutables interfaces")
        .check(core);
  }

  @Test
  void theEnginesPartsAreReachedThroughItsFacade() {
    classes()
        .that()
        .resideInAPackage("eu.projectresolution.mobilisation.engine")
        .and(are(not(assignableTo(PathwayCommand.class))))
        .and(are(not(assignableTo(CommandResult.class))))
        .and(are(not(assignableTo(Correction.class))))
        .and()
        .doNotHaveSimpleName("MobilisationEngine")
        .and()
        .doNotHaveSimpleName("ImportMode")
        .and()
        .doNotHaveSimpleName("ImportReport")
        .and()
        .doNotHaveSimpleName("CaseImport")
        .and()
        .doNotHaveSimpleName("FeedSubscription")
        .and()
        .areNotNestedClasses()
        .should()
        .notBePublic()
        .because("hosts call MobilisationEngine with commands (and their Corrections) and read CommandResults, import by their "
            + "case ids (CaseImport) and follow the change feed (FeedSubscription); the pipeline, deciders and "
            + "rules behind it may change without notice")
        .check(core);
  }

  @Test
  void theCommandPipelineHasNoSpecialCaseForAKindOfCommand() {
    noClasses()
        .that()
        .haveSimpleName("CommandPipeline")
        .should()
        .dependOnClassesThat(assignableTo(PathwayCommand.class).and(not(equivalentTo(PathwayCommand.class))))
        .because("what sets a kind of command apart is declared by its Decider, in Deciders")
        .check(core);
  }

  @Test
  void pathwayCommandsAreRefusedOnlyByNamedRules() {
    noClasses()
        .that()
        .haveSimpleNameStartingWith("CommandPipeline")
        .or()
        .haveSimpleNameStartingWith("Decider")
        .or()
        .haveSimpleName("MobilisationEngine")
        .should()
        .dependOnClassesThat()
        .areAssignableTo(RefusalCode.class)
        .because("each refusal of a pathway command is a RefusalRule of RefusalRules, tested on its own")
        .check(core);
  }

  @Test
  void adaptersAreNotPublicApiExceptTheirEntryPoints() {
    classes()
        .that()
        .resideInAPackage("eu.projectresolution.mobilisation.inmemory")
        .and()
        .haveSimpleNameNotEndingWith("Storage")
        .should()
        .notBePublic()
        .because("hosts reach the in-memory adapters through InMemoryStorage only")
        .check(core);
  }

  @Test
  void theDocumentKitKnowsNoDocument() {
    noClasses()
        .that()
        .resideInAPackage("eu.projectresolution.mobilisation.document")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "eu.projectresolution.mobilisation.practice..",
            "eu.projectresolution.mobilisation.transfer..",
            "eu.projectresolution.mobilisation.countrypack..",
            "eu.projectresolution.mobilisation.engine..",
            "eu.projectresolution.mobilisation.port..",
            "eu.projectresolution.mobilisation.json..")
        .because("each kind of document names its own rules; the kit only interprets schemas and runs rules")
        .check(core);
  }

  @Test
  void theSchemaInterpreterIsReachedThroughDocumentChecker() {
    classes()
        .that()
        .haveNameMatching("eu\\.projectresolution\\.mobilisation\\.document\\.(Schema(?!Rule)\\w*|Findings|Wording|Paths)")
        .should()
        .notBePublic()
        .because("hosts and document kinds use DocumentChecker; how it walks a schema may change without notice")
        .check(core);
  }

  @Test
  void generatedImmutableImplementationsStayPackagePrivate() {
    classes()
        .that()
        .haveSimpleNameStartingWith("Immutable")
        .and()
        .areTopLevelClasses()
        .should()
        .notBePublic()
        .because("callers use the abstract value types and their builders")
        .check(core);
  }

  @Test
  void librariesWriteNothingToTheConsoleAndUseNoJavaUtilLogging() {
    noClasses()
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage("java.util.logging..")
        .because("an embedded library logs through SLF4J and lets the host decide")
        .check(core);
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
        .check(core);
  }

  @Test
  void everyExceptionExtendsMobilisationException() {
    classes()
        .that()
        .areAssignableTo(RuntimeException.class)
        .and()
        .resideInAPackage("eu.projectresolution.mobilisation..")
        .should()
        .beAssignableTo(MobilisationException.class)
        .because("hosts catch one root exception")
        .check(core);
  }

  @Test
  void theRootExceptionIsAbstractSoThatEverySituationHasATypeOfItsOwn() {
    classes()
        .that()
        .haveFullyQualifiedName(MobilisationException.class.getName())
        .should()
        .haveModifier(JavaModifier.ABSTRACT)
        .because("a host tells a store that is not set up from a commit not confirmed by the type, not the message")
        .check(core);
  }
}
