package eu.projectresolution.mobilisation.contract;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.ExpectedVersion;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.EntryStatus;
import eu.projectresolution.mobilisation.beneficiary.LabourMarketStatus;
import eu.projectresolution.mobilisation.beneficiary.LegalBasis;
import eu.projectresolution.mobilisation.beneficiary.Profile;
import eu.projectresolution.mobilisation.beneficiary.SensitiveAnswer;
import eu.projectresolution.mobilisation.beneficiary.SpecialCategory;
import eu.projectresolution.mobilisation.engine.Capture;
import eu.projectresolution.mobilisation.engine.CommandResult;
import eu.projectresolution.mobilisation.engine.CorrectEvent;
import eu.projectresolution.mobilisation.engine.Correction;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.RecordEntryStatus;
import eu.projectresolution.mobilisation.engine.UpdateProfile;
import eu.projectresolution.mobilisation.engine.Welcome;
import eu.projectresolution.mobilisation.indicator.IndicatorReport;
import eu.projectresolution.mobilisation.indicator.ReportScope;
import eu.projectresolution.mobilisation.indicator.TargetGroup;
import eu.projectresolution.mobilisation.json.MobilisationJson;
import eu.projectresolution.mobilisation.outcome.OutcomeRules;
import eu.projectresolution.mobilisation.outcome.RuleSets;
import eu.projectresolution.mobilisation.pathway.EventHeader;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.pathway.PathwayEvents;
import eu.projectresolution.mobilisation.pathway.Stage;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import eu.projectresolution.mobilisation.port.MobilisationStorage.StoredPathway;
import eu.projectresolution.mobilisation.port.Pathways;
import eu.projectresolution.mobilisation.privacy.AccessPurpose;
import eu.projectresolution.mobilisation.privacy.ErasedData;
import eu.projectresolution.mobilisation.privacy.Erasure;
import eu.projectresolution.mobilisation.privacy.ErasureGround;
import eu.projectresolution.mobilisation.privacy.PersonalDataAccess;
import eu.projectresolution.mobilisation.privacy.PurgeReport;
import eu.projectresolution.mobilisation.privacy.Requester;
import eu.projectresolution.mobilisation.privacy.SpecialCategoryAnswer;
import eu.projectresolution.mobilisation.programme.PersonalDataClass;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import eu.projectresolution.mobilisation.programme.RetentionPolicy;
import eu.projectresolution.mobilisation.programme.StaffRole;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Special-category answers (disability, foreign background, minority, housing exclusion, refugee
 * status) on a store, through the engine: kept apart from the pathway, each with its lawful basis,
 * counted by the reports through the facts, read with an entry in the access log, removed by an
 * erasure or a retention purge with the report unchanged; and events written with the answers inside,
 * before they were kept apart, still read and count, and an erasure or a purge leaves of them exactly
 * what it leaves of the same events written since ({@link OlderEvents}).
 */
public abstract class SpecialCategoryAnswersContract {
  private static final LocalDate D = LocalDate.of(2017, 3, 14);
  private static final SensitiveAnswer DISABLED = SensitiveAnswer.yes(LegalBasis.EXPLICIT_CONSENT);
  private static final SensitiveAnswer NOT_FOREIGN = SensitiveAnswer.no(LegalBasis.LEGAL_OBLIGATION);
  private static final List<String> VALUES = List.of("\"answer\"", "EXPLICIT_CONSENT", "\"refugee\":true");

  private MobilisationStorage storage;
  private MobilisationEngine engine;
  private TenantId tenant;

  protected abstract MobilisationStorage storage();

  @BeforeEach
  void setUpEngine() {
    storage = storage();
    engine = MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK).build();
    tenant = Fixtures.newTenant();
    accepted(engine.registerProgramme(tenant, Fixtures.sipa()));
  }

  private static CommandResult accepted(CommandResult result) {
    assertThat(result.refusal()).as("refusal").isEmpty();
    return result;
  }

  /** A refugee with a disability, welcomed, whose status at entry is recorded: events 1, 2 and 3. */
  private BeneficiaryId refugeeWithADisability() {
    BeneficiaryId id = BeneficiaryId.random();
    accepted(engine.capture(tenant, Capture.builder().from(Fixtures.capture(id, D))
        .profile(Profile.builder().from(Fixtures.youngWoman()).refugee(true).build()).build()));
    accepted(engine.welcome(tenant, Welcome.builder().beneficiaryId(id).siteId(Fixtures.SITE_MONTBELIARD).occurredOn(D).build()));
    accepted(engine.recordEntryStatus(tenant, RecordEntryStatus.builder().beneficiaryId(id).occurredOn(D)
        .entryStatus(EntryStatus.builder().labourMarketStatus(LabourMarketStatus.LONG_TERM_UNEMPLOYED)
            .disability(DISABLED).foreignBackground(NOT_FOREIGN).minority(SensitiveAnswer.declined()).build())
        .build()));
    return id;
  }

  /** Whole programme, refugees, people with disabilities: the reports that count the answers. */
  private List<IndicatorReport> reports() {
    return reports(tenant);
  }

  private List<IndicatorReport> reports(TenantId of) {
    return List.of(
        engine.indicatorReport(of, ReportScope.of(Fixtures.SIPA)).orElseThrow(),
        engine.indicatorReport(of, ReportScope.builder().programmeId(Fixtures.SIPA).targetGroup(TargetGroup.REFUGEES)
            .build()).orElseThrow(),
        engine.indicatorReport(of, ReportScope.builder().programmeId(Fixtures.SIPA)
            .targetGroup(TargetGroup.PEOPLE_WITH_DISABILITIES).build()).orElseThrow());
  }

  private String storedEvents(BeneficiaryId id) throws Exception {
    return storedEvents(tenant, id);
  }

  private String storedEvents(TenantId of, BeneficiaryId id) throws Exception {
    return MobilisationJson.objectMapper().writeValueAsString(storage.pathways().events(of, id));
  }

  /**
   * Everything the store hands out about the person of tenant {@code of} that could hold an answer:
   * their events, their events in the change feed, their summary and their export.
   */
  private String everythingHeld(TenantId of, BeneficiaryId id) throws Exception {
    return storedEvents(of, id)
        + MobilisationJson.objectMapper().writeValueAsString(storage.changeFeed().eventsAfter(of, 0, 1000))
        + MobilisationJson.objectMapper().writeValueAsString(storage.beneficiaries().find(of, id))
        + engine.export(of, id, "dpo").orElseThrow().toJson();
  }

  /**
   * A tenant of its own holding {@code id}, recorded in this test's tenant, as an engine stored it
   * before answers were kept apart: the same events, with the answers inside them.
   */
  private TenantId storedBeforeAnswersWereKeptApart(BeneficiaryId id) throws Exception {
    TenantId older = Fixtures.newTenant();
    accepted(engine.registerProgramme(older, Fixtures.sipa()));
    OlderEvents.copy(storage, tenant, storage, older, id, Optional.empty(), Optional.empty());
    assertThat(storage.specialCategoryAnswers().of(older, id)).as("nothing kept apart").isEmpty();
    assertThat(storedEvents(older, id)).as("the answers inside the events").contains(VALUES);
    assertThat(storage.beneficiaries().find(older, id).orElseThrow().profile().refugee()).as("the summary's profile")
        .isTrue();
    // The person's facts, which the engines of that time kept with each append: the first report computes them.
    assertThat(reports(older).get(1).value("funnel.captured")).as("a refugee").isEqualByComparingTo("1");
    return older;
  }

  @Test
  void keepsTheAnswersOutOfThePathwayWithTheirLawfulBasisAndCountsThemInTheReports() throws Exception {
    BeneficiaryId id = refugeeWithADisability();
    BeneficiaryId other = BeneficiaryId.random();
    accepted(engine.capture(tenant, Fixtures.capture(other, D)));

    String events = storedEvents(id);
    assertThat(events).doesNotContain(VALUES);
    PathwayEvents.EntryStatusRecorded recorded = (PathwayEvents.EntryStatusRecorded) storage.pathways().events(tenant, id).get(2);
    assertThat(recorded.entryStatus().keptApart())
        .containsExactlyInAnyOrder(SpecialCategory.DISABILITY, SpecialCategory.FOREIGN_BACKGROUND, SpecialCategory.MINORITY);
    assertThat(recorded.entryStatus().specialCategoryAnswers()).isEmpty();
    assertThat(engine.pathway(tenant, id).orElseThrow().profile().refugee()).as("the pathway as stored").isFalse();

    assertThat(storage.specialCategoryAnswers().of(tenant, id)).containsExactlyInAnyOrder(
        SpecialCategoryAnswer.of(id, 1, SpecialCategory.REFUGEE, SensitiveAnswer.yes(LegalBasis.LEGAL_OBLIGATION)),
        SpecialCategoryAnswer.of(id, 3, SpecialCategory.DISABILITY, DISABLED),
        SpecialCategoryAnswer.of(id, 3, SpecialCategory.FOREIGN_BACKGROUND, NOT_FOREIGN),
        SpecialCategoryAnswer.of(id, 3, SpecialCategory.MINORITY, SensitiveAnswer.declined()));
    assertThat(storage.specialCategoryAnswers().of(tenant, id)).filteredOn(a -> a.category() == SpecialCategory.DISABILITY)
        .singleElement().satisfies(a -> assertThat(a.lawfulBasis()).contains(LegalBasis.EXPLICIT_CONSENT));
    assertThat(storage.specialCategoryAnswers().of(tenant, other)).isEmpty();
    assertThat(storage.specialCategoryAnswers().of(Fixtures.newTenant(), id)).as("another tenant's").isEmpty();

    List<IndicatorReport> reports = reports();
    assertThat(reports.get(0).value("EECO12")).isEqualByComparingTo("1");
    assertThat(reports.get(0).value("EECO14")).isEqualByComparingTo("0");
    assertThat(reports.get(0).value("EECO15.declined")).isEqualByComparingTo("1");
    assertThat(reports.get(1).value("funnel.captured")).as("refugees").isEqualByComparingTo("1");
    assertThat(reports.get(2).value("funnel.captured")).as("people with disabilities").isEqualByComparingTo("1");

    // A later command computes the person's facts again, with the answers the store keeps.
    accepted(engine.updateProfile(tenant, UpdateProfile.builder().beneficiaryId(id).occurredOn(D)
        .profile(Profile.builder().from(Fixtures.youngWoman()).refugee(true).birthYear(1997).build()).build()));
    assertThat(reports().get(1).value("funnel.captured")).as("still a refugee").isEqualByComparingTo("1");
    assertThat(reports().get(2).value("funnel.captured")).isEqualByComparingTo("1");
    accepted(engine.updateProfile(tenant, UpdateProfile.builder().beneficiaryId(id).occurredOn(D)
        .profile(Fixtures.youngWoman()).build()));
    assertThat(reports().get(1).value("funnel.captured")).as("no longer a refugee").isEqualByComparingTo("0");
  }

  /**
   * What a command is decided on, read together ({@link MobilisationStorage#storedPathway}), with or
   * without a programme, is what the ports read one by one: for a refugee whose answers are kept apart,
   * for the same person stored before answers were, for a capture naming its programme, for someone not
   * stored, and for another tenant.
   */
  @Test
  void readsAPersonsEventsAnswersAndProgrammeTogetherAsEachPortReadsThem() throws Exception {
    BeneficiaryId id = refugeeWithADisability();
    Programme sipa = storage.programmes().find(tenant, Fixtures.SIPA).orElseThrow();

    StoredPathway stored = storage.storedPathway(tenant, id, Optional.empty());
    assertThat(stored.events()).isEqualTo(storage.pathways().events(tenant, id)).hasSize(3);
    assertThat(stored.answersKeptApart()).isEqualTo(storage.specialCategoryAnswers().of(tenant, id)).hasSize(4);
    assertThat(stored.programme()).as("the person's own programme").contains(sipa);
    assertThat(storage.storedPathway(tenant, id, Optional.of(Fixtures.SIPA))).isEqualTo(stored);
    assertThat(storage.storedPathway(tenant, id, Optional.of(ProgrammeId.of("not-registered"))).programme()).isEmpty();
    assertThat(storage.storedPathway(tenant, id)).as("without a programme")
        .isEqualTo(new StoredPathway(stored.events(), stored.answersKeptApart(), Optional.empty()));

    BeneficiaryId newcomer = BeneficiaryId.random();
    StoredPathway nobody = new StoredPathway(List.of(), List.of(), Optional.empty());
    assertThat(storage.storedPathway(tenant, newcomer, Optional.of(Fixtures.SIPA))).as("a capture's programme")
        .isEqualTo(new StoredPathway(List.of(), List.of(), Optional.of(sipa)));
    assertThat(storage.storedPathway(tenant, newcomer, Optional.empty())).isEqualTo(nobody);
    assertThat(storage.storedPathway(Fixtures.newTenant(), id, Optional.empty())).as("another tenant's").isEqualTo(nobody);
    assertThat(storage.storedPathway(Fixtures.newTenant(), id)).as("another tenant's").isEqualTo(nobody);

    assertThat(storage.storedPathways(tenant, List.of(newcomer, id, newcomer))).as("read together, a page of people")
        .containsExactly(Map.entry(newcomer, nobody), Map.entry(id, storage.storedPathway(tenant, id)));
    assertThat(storage.storedPathways(Fixtures.newTenant(), List.of(id))).as("another tenant's")
        .containsExactly(Map.entry(id, nobody));

    TenantId older = storedBeforeAnswersWereKeptApart(id);
    StoredPathway storedBefore = storage.storedPathway(older, id, Optional.empty());
    assertThat(storedBefore.events()).isEqualTo(storage.pathways().events(older, id));
    assertThat(storedBefore.answersKeptApart()).isEmpty();
    assertThat(storedBefore.programme()).isEqualTo(storage.programmes().find(older, Fixtures.SIPA)).isPresent();
  }

  /**
   * Facts computed again from the stored records (here because an engine reports under other rule sets)
   * count the answers kept apart, as the facts each append kept did.
   */
  @Test
  void factsComputedAgainUnderOtherRuleSetsCountTheAnswersKeptApart() {
    refugeeWithADisability();
    List<IndicatorReport> before = reports();
    engine = MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK)
        .outcomeRules(OutcomeRules.of(RuleSets.sipa(), RuleSets.esfPlus())).build();
    String basis = engine.indicatorFacts().basis();
    assertThat(storage.indicatorSources().factsNotUnder(tenant, Fixtures.SIPA, basis, Optional.empty(), 10))
        .as("facts under the standard rule sets").hasSize(1);

    List<IndicatorReport> after = reports();

    assertThat(storage.indicatorSources().factsNotUnder(tenant, Fixtures.SIPA, basis, Optional.empty(), 10)).isEmpty();
    assertThat(after.get(1).value("funnel.captured")).as("a refugee").isEqualByComparingTo("1");
    assertThat(after.get(2).value("funnel.captured")).as("a person with a disability").isEqualByComparingTo("1");
    assertThat(after.get(0).value("EECO12")).isEqualByComparingTo(before.get(0).value("EECO12")).isEqualByComparingTo("1");
  }

  @Test
  void readsTheAnswersWithAnEntryInTheAccessLogAndExportsThem() {
    BeneficiaryId id = refugeeWithADisability();

    assertThat(engine.specialCategoryAnswers(tenant, id, "c.martin", AccessPurpose.AUDIT)).hasSize(4);
    assertThat(engine.export(tenant, id, "dpo").orElseThrow().specialCategoryAnswers()).hasSize(4);

    assertThat(engine.accessLog(tenant, id)).containsExactly(
        PersonalDataAccess.of(id, "c.martin", AccessPurpose.AUDIT, Fixtures.CLOCK.instant()),
        PersonalDataAccess.of(id, "dpo", AccessPurpose.ACCESS_REQUEST, Fixtures.CLOCK.instant()));
  }

  @Test
  void anErasureRemovesTheAnswersForGoodAndLeavesEveryReportUnchanged() throws Exception {
    BeneficiaryId id = refugeeWithADisability();
    List<IndicatorReport> before = reports();

    accepted(engine.erase(tenant, Erasure.builder().beneficiaryId(id).requester(Requester.THE_PERSON)
        .ground(ErasureGround.CONSENT_WITHDRAWN).requestedOn(LocalDate.of(2019, 8, 30)).recordedBy("c.martin").build()));

    assertThat(storage.specialCategoryAnswers().of(tenant, id)).isEmpty();
    assertThat(engine.erasures(tenant, id)).singleElement().satisfies(r -> assertThat(r.erased())
        .containsExactlyInAnyOrder(ErasedData.SPECIAL_CATEGORY_ANSWERS, ErasedData.PATHWAY_DETAIL));
    assertThat(reports()).isEqualTo(before);
    assertThat(storedEvents(id) + engine.export(tenant, id, "dpo").orElseThrow().toJson()).doesNotContain(VALUES);
  }

  @Test
  void aCorrectedStatusAtEntryKeepsItsAnswersApartAndCountsAsCorrected() throws Exception {
    BeneficiaryId id = refugeeWithADisability();
    EntryStatus corrected = EntryStatus.builder().labourMarketStatus(LabourMarketStatus.LONG_TERM_UNEMPLOYED)
        .disability(SensitiveAnswer.no(LegalBasis.EXPLICIT_CONSENT)).build();

    accepted(engine.correctEvent(tenant, CorrectEvent.builder().beneficiaryId(id).correctedVersion(3)
        .correction(new Correction.OfEntryStatus(corrected)).reason("Typed yes for no").occurredOn(D)
        .actor(StaffRole.SITE_MANAGER).build()));

    assertThat(storedEvents(id)).doesNotContain(VALUES);
    assertThat(storage.specialCategoryAnswers().of(tenant, id)).contains(
        SpecialCategoryAnswer.of(id, 4, SpecialCategory.DISABILITY, SensitiveAnswer.no(LegalBasis.EXPLICIT_CONSENT)));
    List<IndicatorReport> reports = reports();
    assertThat(reports.get(0).value("EECO12")).isEqualByComparingTo("0");
    assertThat(reports.get(0).value("EECO15.declined")).as("not asked in the corrected status").isEqualByComparingTo("0");
    assertThat(reports.get(2).value("funnel.captured")).isEqualByComparingTo("0");
  }

  @Test
  void purgesTheAnswersWhenTheirRetentionPeriodEndsKeepingTheDetailsAndTheReport() {
    accepted(engine.updateProgramme(tenant, Programme.builder().from(Fixtures.sipa()).retention(RetentionPolicy.of(
        RetentionPolicy.Rule.of(PersonalDataClass.SPECIAL_CATEGORY, 6, RetentionPolicy.CountedFrom.LAST_ACTIVITY))).build()));
    BeneficiaryId id = refugeeWithADisability();
    BeneficiaryId withDetails = BeneficiaryId.random();
    accepted(engine.capture(tenant, Capture.builder().from(Fixtures.capture(withDetails, D))
        .profile(Profile.builder().from(Fixtures.youngWoman()).refugee(true).build())
        .personalDetails(PersonalDataLifecycleContract.uniqueDetails()).build()));
    List<IndicatorReport> before = reports();

    assertThat(engineOn(D.plusMonths(6).minusDays(1)).purge(tenant, "nightly-purge").purged()).isEmpty();
    PurgeReport due = engineOn(D.plusMonths(6)).purge(tenant, "nightly-purge");

    assertThat(due.purged()).extracting(PurgeReport.Purged::beneficiaryId).containsExactlyInAnyOrder(id, withDetails);
    assertThat(due.purged()).allSatisfy(p -> assertThat(p.erased()).containsExactly(ErasedData.SPECIAL_CATEGORY_ANSWERS));
    assertThat(storage.specialCategoryAnswers().of(tenant, id)).isEmpty();
    assertThat(storage.specialCategoryAnswers().of(tenant, withDetails)).isEmpty();
    assertThat(storage.personalData().find(tenant, withDetails)).as("the details are kept").isPresent();
    assertThat(engineOn(D.plusMonths(7)).purge(tenant, "nightly-purge").purged()).as("run again").isEmpty();
    assertThat(reports()).isEqualTo(before);
  }

  private MobilisationEngine engineOn(LocalDate day) {
    ZoneId paris = ZoneId.of("Europe/Paris");
    return MobilisationEngine.builder().storage(storage)
        .clock(Clock.fixed(day.atTime(3, 0).atZone(paris).toInstant(), paris)).build();
  }

  @Test
  void erasingAPersonStoredBeforeAnswersWereKeptApartLeavesWhatErasingThemStoredSinceLeaves() throws Exception {
    BeneficiaryId id = refugeeWithADisability();
    TenantId older = storedBeforeAnswersWereKeptApart(id);
    List<IndicatorReport> before = reports();
    assertThat(reports(older)).as("the same figures from the answers inside the events").isEqualTo(before);

    Erasure erasure = Erasure.builder().beneficiaryId(id).requester(Requester.THE_PERSON)
        .ground(ErasureGround.CONSENT_WITHDRAWN).requestedOn(LocalDate.of(2019, 8, 30)).recordedBy("c.martin").build();
    accepted(engine.erase(tenant, erasure));
    accepted(engine.erase(older, erasure));

    assertThat(engine.erasures(older, id)).as("the same audit record").isEqualTo(engine.erasures(tenant, id))
        .singleElement().satisfies(r -> assertThat(r.erased()).contains(ErasedData.SPECIAL_CATEGORY_ANSWERS));
    assertThat(storage.pathways().events(older, id)).as("the same events").isEqualTo(storage.pathways().events(tenant, id));
    assertThat(storage.beneficiaries().find(older, id)).as("the same summary").isEqualTo(storage.beneficiaries().find(tenant, id))
        .hasValueSatisfying(summary -> assertThat(summary.profile().refugee()).isFalse());
    assertThat(storage.specialCategoryAnswers().of(older, id)).isEmpty();
    assertThat(everythingHeld(older, id)).doesNotContain(VALUES);
    assertThat(everythingHeld(tenant, id)).doesNotContain(VALUES);
    assertThat(reports(older)).as("every figure unchanged").isEqualTo(before);
    assertThat(reports()).isEqualTo(before);

    accepted(engine.erase(older, Erasure.builder().from(erasure).commandId(CommandId.timeOrdered()).build()));
    assertThat(engine.erasures(older, id)).as("nothing left to erase").last()
        .satisfies(r -> assertThat(r.erased()).isEmpty());
  }

  @Test
  void purgingAPersonStoredBeforeAnswersWereKeptApartLeavesWhatPurgingThemStoredSinceLeaves() throws Exception {
    Programme withRetention = Programme.builder().from(Fixtures.sipa()).retention(RetentionPolicy.of(
        RetentionPolicy.Rule.of(PersonalDataClass.SPECIAL_CATEGORY, 6, RetentionPolicy.CountedFrom.LAST_ACTIVITY))).build();
    accepted(engine.updateProgramme(tenant, withRetention));
    BeneficiaryId id = refugeeWithADisability();
    TenantId older = storedBeforeAnswersWereKeptApart(id);
    accepted(engine.updateProgramme(older, withRetention));
    List<IndicatorReport> before = reports();

    PurgeReport since = engineOn(D.plusMonths(6)).purge(tenant, "nightly-purge");
    PurgeReport purged = engineOn(D.plusMonths(6)).purge(older, "nightly-purge");

    assertThat(purged.purged()).as("the same erasure").isEqualTo(since.purged())
        .singleElement().satisfies(p -> assertThat(p.erased()).containsExactly(ErasedData.SPECIAL_CATEGORY_ANSWERS));
    assertThat(storage.pathways().events(older, id)).isEqualTo(storage.pathways().events(tenant, id));
    assertThat(storage.beneficiaries().find(older, id)).isEqualTo(storage.beneficiaries().find(tenant, id));
    assertThat(everythingHeld(older, id)).doesNotContain(VALUES);
    assertThat(reports(older)).isEqualTo(before);
    assertThat(engineOn(D.plusMonths(7)).purge(older, "nightly-purge").purged()).as("run again").isEmpty();
  }

  @Test
  void keepsTheAnswersInsideOlderEventsApartOnlyFromTheStreamAsItWasRead() throws Exception {
    BeneficiaryId id = refugeeWithADisability();
    TenantId older = storedBeforeAnswersWereKeptApart(id);
    List<PathwayEvent> read = storage.pathways().events(older, id);
    accepted(engine.updateProfile(older, UpdateProfile.builder().beneficiaryId(id).occurredOn(D)
        .profile(Profile.builder().from(Fixtures.youngWoman()).birthYear(1997).build()).build()));
    List<PathwayEvent> movedOn = storage.pathways().events(older, id);

    assertThat(storage.pathways().keepAnswersApart(older, id, read)).as("the stream moved on").isFalse();
    assertThat(storage.pathways().keepAnswersApart(older, BeneficiaryId.random(), read)).as("no such pathway").isFalse();
    assertThat(storage.pathways().events(older, id)).isEqualTo(movedOn);
    assertThat(storage.specialCategoryAnswers().of(older, id)).isEmpty();

    assertThat(storage.pathways().keepAnswersApart(older, id, movedOn)).isTrue();
    assertThat(storage.specialCategoryAnswers().of(older, id)).as("the same answers, at the same versions")
        .containsExactlyInAnyOrderElementsOf(storage.specialCategoryAnswers().of(tenant, id));
    assertThat(storage.pathways().events(older, id).subList(0, 3)).isEqualTo(storage.pathways().events(tenant, id));
    assertThat(storage.beneficiaries().find(older, id).orElseThrow().profile())
        .isEqualTo(Profile.builder().from(Fixtures.youngWoman()).birthYear(1997).build());
    assertThat(engine.pathway(older, id).orElseThrow().entryStatus().orElseThrow().disability())
        .as("read as stored: the answer is apart").isEmpty();
    assertThat(storage.pathways().keepAnswersApart(older, id, storage.pathways().events(older, id)))
        .as("nothing left inside: only the summary projected again").isTrue();
    assertThat(storage.specialCategoryAnswers().of(older, id)).hasSize(4);
  }

  @Test
  void eventsWrittenWithTheAnswersInsideStillReadAndCount() throws Exception {
    // As an engine wrote them before answers were kept apart: the answers in the event, no facts.
    BeneficiaryId id = BeneficiaryId.random();
    CommandId command = CommandId.random();
    EventHeader.Builder header = EventHeader.builder().beneficiaryId(id).commandId(command)
        .recordedAt(Fixtures.CLOCK.instant()).occurredOn(D).actor(StaffRole.RECEPTION_OFFICER);
    List<PathwayEvent> legacy = List.of(
        PathwayEvents.Captured.of(header.version(1).stage(Stage.CAPTURED).build(), Fixtures.SIPA,
            Profile.builder().from(Fixtures.youngWoman()).refugee(true).build(), Fixtures.doorToDoor(D)),
        PathwayEvents.Welcomed.of(header.version(2).stage(Stage.WELCOMED).build(), Fixtures.SITE_MONTBELIARD, Optional.empty()),
        PathwayEvents.EntryStatusRecorded.of(header.version(3).stage(Stage.WELCOMED).build(),
            EntryStatus.builder().labourMarketStatus(LabourMarketStatus.INACTIVE).disability(DISABLED).build()));
    storage.pathways().appendAll(tenant, List.of(Pathways.Append.of(id, ExpectedVersion.noStream(), legacy)));

    assertThat(engine.pathway(tenant, id).orElseThrow().entryStatus().orElseThrow().disability()).contains(DISABLED);
    List<IndicatorReport> reports = reports();
    assertThat(reports.get(0).value("EECO12")).isEqualByComparingTo("1");
    assertThat(reports.get(1).value("funnel.captured")).isEqualByComparingTo("1");

    // An erasure takes the answers out of those older events too, names them, and the reports stay.
    accepted(engine.erase(tenant, Erasure.builder().beneficiaryId(id).requester(Requester.THE_PERSON)
        .ground(ErasureGround.OBJECTION).requestedOn(D).recordedBy("c.martin").build()));
    assertThat(everythingHeld(tenant, id)).doesNotContain(VALUES);
    assertThat(storage.pathways().events(tenant, id)).hasSize(3);
    assertThat(storage.beneficiaries().find(tenant, id).orElseThrow().profile().refugee()).isFalse();
    assertThat(engine.erasures(tenant, id)).singleElement()
        .satisfies(r -> assertThat(r.erased()).contains(ErasedData.SPECIAL_CATEGORY_ANSWERS));
    assertThat(reports()).isEqualTo(reports);
  }
}
