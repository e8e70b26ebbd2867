package eu.projectresolution.mobilisation.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import eu.projectresolution.mobilisation.RefusalCode;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.CaseId;
import eu.projectresolution.mobilisation.beneficiary.IdentityMatcher;
import eu.projectresolution.mobilisation.beneficiary.MatchingKey;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.beneficiary.Situation;
import eu.projectresolution.mobilisation.engine.Capture;
import eu.projectresolution.mobilisation.engine.CommandResult;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.Orient;
import eu.projectresolution.mobilisation.engine.RecordExit;
import eu.projectresolution.mobilisation.engine.RecordFollowUp;
import eu.projectresolution.mobilisation.engine.Welcome;
import eu.projectresolution.mobilisation.indicator.IndicatorReport;
import eu.projectresolution.mobilisation.indicator.ReportScope;
import eu.projectresolution.mobilisation.json.MobilisationJson;
import eu.projectresolution.mobilisation.pathway.ExitReason;
import eu.projectresolution.mobilisation.pathway.FollowUp;
import eu.projectresolution.mobilisation.pathway.FollowUpMoment;
import eu.projectresolution.mobilisation.pathway.Orientation;
import eu.projectresolution.mobilisation.pathway.Pathway;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import eu.projectresolution.mobilisation.privacy.AccessPurpose;
import eu.projectresolution.mobilisation.privacy.ConsentPurpose;
import eu.projectresolution.mobilisation.privacy.ConsentRecord;
import eu.projectresolution.mobilisation.privacy.ErasedData;
import eu.projectresolution.mobilisation.privacy.Erasure;
import eu.projectresolution.mobilisation.privacy.ErasureGround;
import eu.projectresolution.mobilisation.privacy.ErasureRecord;
import eu.projectresolution.mobilisation.privacy.PersonalDataAccess;
import eu.projectresolution.mobilisation.privacy.PathwayDetail;
import eu.projectresolution.mobilisation.privacy.PersonalDataExport;
import eu.projectresolution.mobilisation.privacy.PurgeReport;
import eu.projectresolution.mobilisation.privacy.Requester;
import eu.projectresolution.mobilisation.programme.PartnerId;
import eu.projectresolution.mobilisation.programme.PersonalDataClass;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.RetentionPolicy;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The personal-data lifecycle on a store, through the engine: erasure with its audit record, consents
 * given, withdrawn and expiring, the retention purge under a controlled clock, the access log and the
 * export of everything held about a person. Every adapter runs it (its {@code Consents}, {@code
 * Erasures} and {@code AccessLog} ports with its {@code PersonalData}).
 */
public abstract class PersonalDataLifecycleContract {
  private static final LocalDate D = LocalDate.of(2017, 3, 14);
  private static final IdentityMatcher MATCHER = IdentityMatcher.withSecret("contract-secret-0123456789".getBytes(
      java.nio.charset.StandardCharsets.UTF_8));

  private MobilisationStorage storage;
  private MobilisationEngine engine;
  private TenantId tenant;

  protected abstract MobilisationStorage storage();

  @BeforeEach
  void setUpEngine() {
    storage = storage();
    engine = engineOn(Fixtures.CLOCK);
    tenant = Fixtures.newTenant();
    assertThat(engine.registerProgramme(tenant, Fixtures.sipa()).accepted()).isTrue();
  }

  private MobilisationEngine engineOn(Clock clock) {
    return MobilisationEngine.builder().storage(storage).clock(clock).build();
  }

  private static Clock clockOn(LocalDate day) {
    ZoneId paris = ZoneId.of("Europe/Paris");
    return Clock.fixed(day.atTime(3, 0).atZone(paris).toInstant(), paris);
  }

  /** Details no other test uses, so that a search for them finds only this person. */
  public static PersonalDetails uniqueDetails() {
    String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
    return PersonalDetails.builder()
        .givenName("Zoé-" + tag)
        .familyName("Benali-" + tag)
        .phone("+33 6 " + tag)
        .email("zoe." + tag + "@example.org")
        .birthDate(LocalDate.of(1998, 2, 14))
        .notes("Wants to drive a forklift " + tag)
        .build();
  }

  private BeneficiaryId captured(PersonalDetails details) {
    BeneficiaryId id = BeneficiaryId.random();
    MatchingKey key = MATCHER.keyOf(details).orElseThrow();
    accepted(engine.capture(tenant, Capture.builder().from(Fixtures.capture(id, D)).personalDetails(details).matchingKey(key).build()));
    return id;
  }

  private BeneficiaryId exitedOn(PersonalDetails details, LocalDate exit) {
    BeneficiaryId id = captured(details);
    accepted(engine.welcome(tenant, Welcome.builder().beneficiaryId(id).siteId(Fixtures.SITE_MONTBELIARD).occurredOn(D).build()));
    accepted(engine.orient(tenant, Orient.builder().beneficiaryId(id).occurredOn(D).orientation(Orientation.DIRECT_REFERRAL).build()));
    accepted(engine.recordExit(tenant, RecordExit.builder().beneficiaryId(id).occurredOn(exit).reason(ExitReason.MAINSTREAM_SCHEME)
        .situation(Situation.builder().registeredWithPublicEmploymentService(true).build()).build()));
    return id;
  }

  private static CommandResult accepted(CommandResult result) {
    assertThat(result.refusal()).as("refusal").isEmpty();
    return result;
  }

  private static void refused(CommandResult result, RefusalCode code, String field) {
    assertThat(result.refusal()).hasValueSatisfying(r -> {
      assertThat(r.code()).isEqualTo(code);
      assertThat(r.field()).isEqualTo(field);
      assertThat(r.message()).isNotBlank();
    });
  }

  private IndicatorReport report() {
    return engine.indicatorReport(tenant, ReportScope.of(Fixtures.SIPA)).orElseThrow();
  }

  private static Erasure erasureOf(BeneficiaryId id) {
    return Erasure.builder().beneficiaryId(id).requester(Requester.THE_PERSON).ground(ErasureGround.CONSENT_WITHDRAWN)
        .requestedOn(LocalDate.of(2019, 8, 30)).recordedBy("c.martin").build();
  }

  // ---------------------------------------------------------------- erasure

  @Test
  void erasesIdentityContactNotesAndKeyLeavingPathwayReportAndAnAuditRecordWithoutTheData() {
    PersonalDetails details = uniqueDetails();
    BeneficiaryId id = exitedOn(details, D.plusDays(5));
    BeneficiaryId other = captured(uniqueDetails());
    CaseId caseId = CaseId.of("C-" + id.value());
    storage.personalData().putCaseId(tenant, id, caseId);
    // The pathway stays, without the detail no report counts (the contact's place, the typing instants).
    String pathwayBefore = Pathway.fold(PathwayDetail.purged(storage.pathways().events(tenant, id))).toString();
    assertThat(pathwayBefore).isNotEqualTo(engine.pathway(tenant, id).orElseThrow().toString());
    IndicatorReport reportBefore = report();

    Erasure erasure = erasureOf(id);
    accepted(engine.erase(tenant, erasure));

    assertThat(storage.personalData().findByCaseId(tenant, caseId)).as("the partner's case id").isEmpty();
    assertThat(storage.personalData().caseIdsOf(tenant, id)).isEmpty();

    assertThat(storage.personalData().find(tenant, id)).isEmpty();
    assertThat(engine.beneficiaryRecognisedBy(tenant, MATCHER.keyOf(details).orElseThrow())).isEmpty();
    assertThat(engine.pathway(tenant, id).orElseThrow().toString()).isEqualTo(pathwayBefore);
    for (PathwayEvent event : storage.pathways().events(tenant, id)) {
      assertThat(event.header().recordedAt()).as("typed on its day, no time").isEqualTo(
          event.header().occurredOn().atStartOfDay(ZoneOffset.UTC).toInstant());
      assertThat(storage.pathways().eventsOfCommand(tenant, event.header().commandId())).as("as the command's record has it")
          .contains(event);
    }
    assertThat(report()).isEqualTo(reportBefore);
    assertThat(storage.personalData().find(tenant, other)).as("someone else's details").isPresent();

    List<ErasureRecord> records = engine.erasures(tenant, id);
    assertThat(records).singleElement().satisfies(r -> {
      assertThat(r.commandId()).isEqualTo(erasure.commandId());
      assertThat(r.requester()).isEqualTo(Requester.THE_PERSON);
      assertThat(r.ground()).isEqualTo(ErasureGround.CONSENT_WITHDRAWN);
      assertThat(r.article()).isEqualTo("GDPR Art. 17(1)(b)");
      assertThat(r.requestedOn()).isEqualTo(LocalDate.of(2019, 8, 30));
      assertThat(r.erasedAt()).isEqualTo(Fixtures.CLOCK.instant());
      assertThat(r.recordedBy()).isEqualTo("c.martin");
      assertThat(r.erased()).containsExactlyInAnyOrder(ErasedData.IDENTITY, ErasedData.CONTACT_DETAILS, ErasedData.NOTES,
          ErasedData.MATCHING_KEY, ErasedData.CASE_IDS, ErasedData.PATHWAY_DETAIL);
    });
    String audit = records.toString() + engine.export(tenant, id, "dpo").orElseThrow().toJson();
    assertThat(audit).doesNotContain(caseId.value(), details.givenName().get(), details.familyName().get(), details.phone().get(),
        details.email().get(), details.notes().get(), "1998-02-14", MATCHER.keyOf(details).orElseThrow().value());
  }

  @Test
  void answersARetriedErasureAsAlreadyRecordedAndRecordsAnotherRequestWithNothingLeftToErase() {
    BeneficiaryId id = captured(uniqueDetails());
    Erasure erasure = erasureOf(id);
    accepted(engine.erase(tenant, erasure));

    assertThat(engine.erase(tenant, erasure).replayed()).isTrue();
    assertThat(engine.erasures(tenant, id)).hasSize(1);

    CommandResult again = engine.erase(tenant, erasureOf(id));
    assertThat(again.accepted()).isTrue();
    assertThat(engine.erasures(tenant, id)).hasSize(2).last().satisfies(r -> assertThat(r.erased()).isEmpty());
  }

  @Test
  void refusesAnErasureOfSomeoneUnknownOrDatedAfterTodayAndWritesNothing() {
    BeneficiaryId id = captured(uniqueDetails());
    String before = StoreSnapshot.of(storage, tenant);

    refused(engine.erase(tenant, erasureOf(BeneficiaryId.random())), RefusalCode.UNKNOWN_BENEFICIARY, "beneficiaryId");
    refused(engine.erase(tenant, Erasure.builder().from(erasureOf(id)).requestedOn(LocalDate.of(2019, 9, 2)).build()),
        RefusalCode.DATE_IN_FUTURE, "requestedOn");
    refused(engine.erase(Fixtures.newTenant(), erasureOf(id)), RefusalCode.UNKNOWN_BENEFICIARY, "beneficiaryId");

    assertThat(StoreSnapshot.of(storage, tenant)).isEqualTo(before);
    assertThat(storage.personalData().find(tenant, id)).isPresent();
  }

  @Test
  void refusesAnErasureWithoutRecorderNamingTheField() {
    assertThatThrownBy(() -> Erasure.builder().beneficiaryId(BeneficiaryId.random()).requester(Requester.THE_PERSON)
        .ground(ErasureGround.OBJECTION).requestedOn(D).recordedBy(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("erasure.recordedBy");
  }

  // ---------------------------------------------------------------- consents

  @Test
  void knowsWhichConsentIsInForceOnEachDayAsItIsGivenWithdrawnAndExpires() {
    BeneficiaryId id = captured(uniqueDetails());
    ConsentPurpose recontact = ConsentPurpose.recontact();
    ConsentPurpose followUp = ConsentPurpose.followUpAfterExit();
    ConsentPurpose sharing = ConsentPurpose.sharingWith(Fixtures.MISSION_LOCALE);
    accepted(engine.recordConsent(tenant, ConsentRecord.given(id, recontact, D, "c.martin")));
    accepted(engine.recordConsent(tenant, ConsentRecord.given(id, followUp, D, "c.martin").withExpiresOn(D.plusMonths(6))));
    accepted(engine.recordConsent(tenant, ConsentRecord.given(id, sharing, D.plusDays(1), "c.martin")));
    accepted(engine.recordConsent(tenant, ConsentRecord.withdrawn(id, recontact, D.plusDays(10), "c.martin")));

    assertThat(engine.consentInForce(tenant, id, recontact, D.minusDays(1))).isFalse();
    assertThat(engine.consentInForce(tenant, id, recontact, D)).isTrue();
    assertThat(engine.consentInForce(tenant, id, recontact, D.plusDays(9))).isTrue();
    assertThat(engine.consentInForce(tenant, id, recontact, D.plusDays(10))).as("withdrawn that day").isFalse();
    assertThat(engine.consentInForce(tenant, id, followUp, D.plusMonths(6).minusDays(1))).isTrue();
    assertThat(engine.consentInForce(tenant, id, followUp, D.plusMonths(6))).as("expired").isFalse();
    assertThat(engine.consentInForce(tenant, id, sharing, D.plusDays(1))).isTrue();
    assertThat(engine.consentInForce(tenant, id, ConsentPurpose.sharingWith(Fixtures.PES), D.plusDays(1)))
        .as("another partner").isFalse();

    accepted(engine.recordConsent(tenant, ConsentRecord.given(id, recontact, D.plusDays(20), "c.martin")));
    assertThat(engine.consentInForce(tenant, id, recontact, D.plusDays(20))).as("given again").isTrue();
    assertThat(engine.consents(tenant, id)).extracting(ConsentRecord::change).containsExactly(
        ConsentRecord.Change.GIVEN, ConsentRecord.Change.GIVEN, ConsentRecord.Change.GIVEN,
        ConsentRecord.Change.WITHDRAWN, ConsentRecord.Change.GIVEN);
  }

  @Test
  void refusesConsentRecordsThatCannotBeTrueAndWritesNothing() {
    BeneficiaryId id = captured(uniqueDetails());
    ConsentRecord given = ConsentRecord.given(id, ConsentPurpose.recontact(), D, "c.martin");
    accepted(engine.recordConsent(tenant, given));
    assertThat(engine.recordConsent(tenant, given).replayed()).isTrue();
    String before = StoreSnapshot.of(storage, tenant);

    refused(engine.recordConsent(tenant, ConsentRecord.withdrawn(id, ConsentPurpose.followUpAfterExit(), D, "c.martin")),
        RefusalCode.CONSENT_NOT_IN_FORCE, "purpose");
    refused(engine.recordConsent(tenant, ConsentRecord.given(BeneficiaryId.random(), ConsentPurpose.recontact(), D, "c.martin")),
        RefusalCode.UNKNOWN_BENEFICIARY, "beneficiaryId");
    refused(engine.recordConsent(tenant, ConsentRecord.given(id, ConsentPurpose.recontact(), LocalDate.of(2019, 9, 2), "c.martin")),
        RefusalCode.DATE_IN_FUTURE, "on");
    refused(engine.recordConsent(tenant, ConsentRecord.given(id, ConsentPurpose.sharingWith(PartnerId.of("nobody")), D, "c.martin")),
        RefusalCode.UNKNOWN_PARTNER, "purpose.partner");
    refused(engine.recordConsent(tenant, ConsentRecord.withdrawn(id, ConsentPurpose.recontact(), D, "c.martin")
        .withCommandId(given.commandId())), RefusalCode.RECORD_ALREADY_EXISTS, "commandId");

    assertThat(StoreSnapshot.of(storage, tenant)).isEqualTo(before);
    assertThatThrownBy(() -> ConsentRecord.given(id, ConsentPurpose.recontact(), D, "c.martin").withExpiresOn(D))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("consentRecord.expiresOn");
    assertThatThrownBy(() -> MobilisationJson.objectMapper().readValue("{\"kind\":\"SHARING_WITH_PARTNER\"}", ConsentPurpose.class))
        .hasMessageContaining("consentPurpose.partner is missing");
  }

  @Test
  void recordsAFollowUpThatNeedsConsentOnlyWhileTheConsentIsInForce() {
    BeneficiaryId id = exitedOn(uniqueDetails(), D.plusDays(5));
    RecordFollowUp followUp = RecordFollowUp.builder().beneficiaryId(id)
        .followUp(FollowUp.builder().moment(FollowUpMoment.AT_EXIT).observedOn(D.plusDays(5)).build()).build();
    String before = StoreSnapshot.of(storage, tenant);

    refused(engine.recordFollowUpWithConsent(tenant, followUp), RefusalCode.CONSENT_NOT_IN_FORCE, "beneficiaryId");
    assertThat(StoreSnapshot.of(storage, tenant)).isEqualTo(before);

    accepted(engine.recordConsent(tenant, ConsentRecord.given(id, ConsentPurpose.followUpAfterExit(), D, "c.martin")));
    assertThat(accepted(engine.recordFollowUpWithConsent(tenant, followUp)).events()).hasSize(1);

    accepted(engine.recordConsent(tenant, ConsentRecord.withdrawn(id, ConsentPurpose.followUpAfterExit(), D.plusDays(6), "c.martin")));
    RecordFollowUp later = RecordFollowUp.builder().beneficiaryId(id)
        .followUp(FollowUp.builder().moment(FollowUpMoment.WITHIN_FOUR_WEEKS).observedOn(D.plusDays(20)).build()).build();
    refused(engine.recordFollowUpWithConsent(tenant, later), RefusalCode.CONSENT_NOT_IN_FORCE, "beneficiaryId");
    assertThat(engine.recordFollowUp(tenant, later).accepted()).as("the ungated command is unchanged").isTrue();
  }

  // ---------------------------------------------------------------- retention

  @Test
  void purgesWhatIsDueUnderTheProgrammesRetentionPolicyOnceAndLeavesTheReportUnchanged() {
    RetentionPolicy policy = RetentionPolicy.of(
        RetentionPolicy.Rule.of(PersonalDataClass.CONTACT, 12, RetentionPolicy.CountedFrom.LAST_ACTIVITY),
        RetentionPolicy.Rule.of(PersonalDataClass.IDENTITY, 24, RetentionPolicy.CountedFrom.EXIT));
    Programme withRetention = Programme.builder().from(Fixtures.sipa()).retention(policy).build();
    accepted(engine.updateProgramme(tenant, withRetention));
    LocalDate exit = D.plusDays(5);
    PersonalDetails exitedDetails = uniqueDetails();
    BeneficiaryId exited = exitedOn(exitedDetails, exit);
    PersonalDetails openDetails = uniqueDetails();
    BeneficiaryId stillOpen = captured(openDetails);
    CaseId exitedCase = CaseId.of("C-" + exited.value());
    storage.personalData().putCaseId(tenant, exited, exitedCase);
    IndicatorReport reportBefore = report();

    PurgeReport tooEarly = engineOn(clockOn(D.plusMonths(12).minusDays(1))).purge(tenant, "nightly-purge");
    assertThat(tooEarly.purged()).isEmpty();
    assertThat(tooEarly.peopleLookedAt()).isEqualTo(2);
    assertThat(tooEarly.programmes()).containsExactly(Fixtures.SIPA);

    PurgeReport contactDue = engineOn(clockOn(exit.plusMonths(12))).purge(tenant, "nightly-purge");
    assertThat(contactDue.purged()).extracting(PurgeReport.Purged::beneficiaryId).containsExactlyInAnyOrder(exited, stillOpen);
    assertThat(contactDue.purged()).allSatisfy(p -> assertThat(p.erased()).containsExactly(ErasedData.CONTACT_DETAILS));
    assertThat(storage.personalData().find(tenant, stillOpen)).contains(
        PersonalDetails.builder().from(openDetails).phone(Optional.empty()).email(Optional.empty()).build());
    assertThat(engine.beneficiaryRecognisedBy(tenant, MATCHER.keyOf(openDetails).orElseThrow()))
        .as("the key stays with the identity").contains(stillOpen);
    assertThat(storage.personalData().findByCaseId(tenant, exitedCase)).as("the case id stays with the identity")
        .contains(exited);
    assertThat(engineOn(clockOn(exit.plusMonths(12))).purge(tenant, "nightly-purge").purged()).as("run again").isEmpty();

    PurgeReport identityDue = engineOn(clockOn(exit.plusMonths(24))).purge(tenant, "nightly-purge");
    assertThat(identityDue.purged()).singleElement().satisfies(p -> {
      assertThat(p.beneficiaryId()).isEqualTo(exited);
      assertThat(p.erased()).containsExactlyInAnyOrder(
          ErasedData.IDENTITY, ErasedData.NOTES, ErasedData.MATCHING_KEY, ErasedData.CASE_IDS);
    });
    assertThat(storage.personalData().find(tenant, exited)).isEmpty();
    assertThat(storage.personalData().findByCaseId(tenant, exitedCase)).isEmpty();
    assertThat(storage.personalData().find(tenant, stillOpen)).as("never exited: identity kept").isPresent();
    assertThat(engineOn(clockOn(exit.plusMonths(30))).purge(tenant, "nightly-purge").purged()).isEmpty();

    assertThat(engine.erasures(tenant, exited)).hasSize(2).allSatisfy(r -> {
      assertThat(r.requester()).isEqualTo(Requester.THE_PROGRAMME);
      assertThat(r.ground()).isEqualTo(ErasureGround.RETENTION_PERIOD_ENDED);
      assertThat(r.recordedBy()).isEqualTo("nightly-purge");
    });
    assertThat(engine.erasures(tenant, exited).toString()).doesNotContain(
        exitedDetails.givenName().get(), exitedDetails.phone().get(), exitedDetails.email().get());
    assertThat(report()).isEqualTo(reportBefore);
  }

  @Test
  void purgesNothingInAProgrammeWithoutRetentionPolicy() {
    BeneficiaryId id = exitedOn(uniqueDetails(), D.plusDays(5));

    PurgeReport report = engineOn(clockOn(LocalDate.of(2040, 1, 1))).purge(tenant, "nightly-purge");

    assertThat(report.programmes()).isEmpty();
    assertThat(report.purged()).isEmpty();
    assertThat(storage.personalData().find(tenant, id)).isPresent();
  }

  // ---------------------------------------------------------------- access log and export

  @Test
  void logsEveryReadOfPersonalDetailsWithAuthorPurposeAndTimePerPerson() {
    BeneficiaryId id = captured(uniqueDetails());
    BeneficiaryId other = captured(uniqueDetails());

    assertThat(engine.personalDetails(tenant, id, "c.martin", AccessPurpose.CONTACT_THE_PERSON)).isPresent();
    assertThat(engine.personalDetails(tenant, id)).isPresent();
    engine.personalDetails(tenant, other, "a.dupont", AccessPurpose.ACCOMPANIMENT);

    assertThat(engine.accessLog(tenant, id)).containsExactly(
        PersonalDataAccess.of(id, "c.martin", AccessPurpose.CONTACT_THE_PERSON, Fixtures.CLOCK.instant()),
        PersonalDataAccess.of(id, MobilisationEngine.UNNAMED_READER, AccessPurpose.NOT_GIVEN, Fixtures.CLOCK.instant()));
    assertThat(engine.accessLog(tenant, other)).extracting(PersonalDataAccess::author).containsExactly("a.dupont");
    assertThat(engine.accessLog(Fixtures.newTenant(), id)).as("another tenant's log").isEmpty();
    assertThatThrownBy(() -> engine.personalDetails(tenant, id, "", AccessPurpose.AUDIT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("personalDataAccess.author");
  }

  @Test
  void exportsEverythingHeldAboutOnePersonAsOneJsonDocument() throws Exception {
    PersonalDetails details = uniqueDetails();
    BeneficiaryId id = exitedOn(details, D.plusDays(5));
    accepted(engine.recordConsent(tenant, ConsentRecord.given(id, ConsentPurpose.followUpAfterExit(), D, "c.martin")));
    engine.personalDetails(tenant, id, "c.martin", AccessPurpose.FOLLOW_UP);
    CaseId caseId = CaseId.of("C-" + id.value());
    storage.personalData().putCaseId(tenant, id, caseId);

    PersonalDataExport export = engine.export(tenant, id, "dpo").orElseThrow();

    assertThat(export.pathway()).hasSize(4);
    assertThat(export.personalDetails()).contains(details);
    assertThat(export.consents()).hasSize(1);
    assertThat(export.caseIds()).containsExactly(caseId);
    assertThat(export.accesses()).extracting(PersonalDataAccess::purpose)
        .containsExactly(AccessPurpose.FOLLOW_UP, AccessPurpose.ACCESS_REQUEST);
    JsonNode json = MobilisationJson.objectMapper().readTree(export.toJson());
    assertThat(json.get("beneficiaryId").asText()).isEqualTo(id.toString());
    assertThat(json.get("pathway").get(0).get("type").asText()).isEqualTo("captured");
    assertThat(json.get("personalDetails").get("familyName").asText()).isEqualTo(details.familyName().get());
    assertThat(json.get("consents").get(0).get("purpose").get("kind").asText()).isEqualTo("FOLLOW_UP_AFTER_EXIT");
    assertThat(MobilisationJson.objectMapper().readValue(export.toJson(), PersonalDataExport.class)).isEqualTo(export);

    accepted(engine.erase(tenant, erasureOf(id)));
    PersonalDataExport afterErasure = engine.export(tenant, id, "dpo").orElseThrow();
    assertThat(afterErasure.personalDetails()).isEmpty();
    assertThat(afterErasure.erasures()).hasSize(1);
    assertThat(afterErasure.caseIds()).as("erased with the details").isEmpty();
    assertThat(afterErasure.pathway()).as("without its detail").isEqualTo(PathwayDetail.purged(export.pathway()));

    BeneficiaryId nobody = BeneficiaryId.random();
    assertThat(engine.export(tenant, nobody, "dpo")).isEmpty();
    assertThat(engine.accessLog(tenant, nobody)).as("nothing held, nothing read").isEmpty();
  }
}
