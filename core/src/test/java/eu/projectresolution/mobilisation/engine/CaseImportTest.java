package eu.projectresolution.mobilisation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.RefusalCode;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.CaseId;
import eu.projectresolution.mobilisation.beneficiary.IdentityMatcher;
import eu.projectresolution.mobilisation.beneficiary.MatchingKey;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.contract.StoreSnapshot;
import eu.projectresolution.mobilisation.inmemory.InMemoryStorage;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A partner's records addressed by its own case ids: new people, people met before, a batch sent again. */
class CaseImportTest {
  private static final LocalDate D = LocalDate.of(2017, 3, 14);
  private static final IdentityMatcher MATCHER =
      IdentityMatcher.withSecret("case-import-secret-0123456789".getBytes(StandardCharsets.UTF_8));

  private final MobilisationStorage storage = InMemoryStorage.create();
  private final MobilisationEngine engine = MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK).build();
  private final CaseImport cases = CaseImport.of(engine, storage.personalData());
  private final TenantId tenant = Fixtures.newTenant();

  @BeforeEach
  void register() {
    engine.registerProgramme(tenant, Fixtures.sipa());
  }

  /** The partner's export: a row id of its own (the command id derives from it), a case, a person. */
  private static CaseImport.CaseRecord capture(String row, String caseId, PersonalDetails details) {
    MatchingKey key = MATCHER.keyOf(details).orElseThrow();
    return new CaseImport.CaseRecord(CaseId.of(caseId), Optional.of(key), person -> Capture.builder()
        .from(Fixtures.capture(person, D)).commandId(commandOf(row)).personalDetails(details).matchingKey(key).build());
  }

  private static CaseImport.CaseRecord welcome(String row, String caseId, LocalDate on) {
    return new CaseImport.CaseRecord(CaseId.of(caseId), Optional.empty(), person -> Welcome.builder().commandId(commandOf(row))
        .beneficiaryId(person).siteId(Fixtures.SITE_MONTBELIARD).occurredOn(on).build());
  }

  private static CommandId commandOf(String row) {
    return CommandId.of(UUID.nameUUIDFromBytes(("partner-export/" + row).getBytes(StandardCharsets.UTF_8)));
  }

  private static PersonalDetails person(String given, String phone) {
    return PersonalDetails.builder().givenName(given).familyName("Benali").phone(phone).build();
  }

  @Test
  void importsRecordsByCaseIdKeepsTheCaseIdsAndWritesNothingWhenSentAgain() {
    List<CaseImport.CaseRecord> export = List.of(
        capture("1", "C-42", person("Amina", "0612345678")),
        welcome("2", "C-42", D.plusDays(2)),
        capture("3", "C-43", person("Karim", "0698765432")),
        welcome("4", "C-44", D.plusDays(2))); // a case the export never captured

    ImportReport first = cases.run(tenant, export, ImportMode.EACH_ON_ITS_OWN);

    assertThat(first.outcomes()).extracting(ImportReport.Outcome::status).containsExactly(
        ImportReport.Status.RECORDED, ImportReport.Status.RECORDED, ImportReport.Status.RECORDED, ImportReport.Status.REFUSED);
    assertThat(first.refused().get(0).refusal().orElseThrow().code()).isEqualTo(RefusalCode.UNKNOWN_BENEFICIARY);
    BeneficiaryId amina = cases.personOf(tenant, CaseId.of("C-42")).orElseThrow();
    assertThat(first.outcomes().get(1).beneficiaryId()).isEqualTo(amina);
    assertThat(engine.pathway(tenant, amina).orElseThrow().version()).isEqualTo(2);
    assertThat(cases.personOf(tenant, CaseId.of("C-44"))).as("nobody was recorded for it").isEmpty();

    String before = StoreSnapshot.of(storage, tenant);
    ImportReport again = cases.run(tenant, export.subList(0, 3), ImportMode.EACH_ON_ITS_OWN);

    assertThat(again.outcomes()).extracting(ImportReport.Outcome::status).containsOnly(ImportReport.Status.ALREADY_RECORDED);
    assertThat(StoreSnapshot.of(storage, tenant)).isEqualTo(before);
  }

  @Test
  void recognisesAPersonMetBeforeTheirCaseByTheirIdentitysKeyedHash() {
    PersonalDetails amina = person("Amina", "0612345678");
    BeneficiaryId metAtACafe = BeneficiaryId.random();
    engine.capture(tenant, Capture.builder().from(Fixtures.capture(metAtACafe, D)).personalDetails(amina)
        .matchingKey(MATCHER.keyOf(amina).orElseThrow()).build());
    // Typed differently in the partner's system: the normalised identity is the same.
    PersonalDetails typedByThePartner = person("  AMINA ", "06 12 34 56 78");
    MatchingKey key = MATCHER.keyOf(typedByThePartner).orElseThrow();

    ImportReport report = cases.run(tenant, List.of(
        new CaseImport.CaseRecord(CaseId.of("C-42"), Optional.of(key), person -> Welcome.builder().commandId(commandOf("9"))
            .beneficiaryId(person).siteId(Fixtures.SITE_MONTBELIARD).occurredOn(D.plusDays(1)).build())),
        ImportMode.ALL_OR_NOTHING);

    assertThat(report.outcomes()).singleElement().satisfies(o -> {
      assertThat(o.status()).isEqualTo(ImportReport.Status.RECORDED);
      assertThat(o.beneficiaryId()).isEqualTo(metAtACafe);
    });
    assertThat(cases.personOf(tenant, CaseId.of("C-42"))).contains(metAtACafe);
  }

  @Test
  void keepsNoCaseIdWhenNothingWasWritten() {
    List<CaseImport.CaseRecord> export = List.of(
        capture("1", "C-42", person("Amina", "0612345678")), welcome("2", "C-43", D.plusDays(2)));

    assertThat(cases.run(tenant, export, ImportMode.ALL_OR_NOTHING).wroteAnything()).isFalse();
    assertThat(cases.run(tenant, export.subList(0, 1), ImportMode.VALIDATE_ONLY).wroteAnything()).isFalse();

    assertThat(cases.personOf(tenant, CaseId.of("C-42"))).isEmpty();
  }
}
