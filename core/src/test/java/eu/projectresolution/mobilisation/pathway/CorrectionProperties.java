package eu.projectresolution.mobilisation.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import eu.projectresolution.mobilisation.ExpectedVersion;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.EntryStatus;
import eu.projectresolution.mobilisation.beneficiary.LabourMarketStatus;
import eu.projectresolution.mobilisation.beneficiary.LegalBasis;
import eu.projectresolution.mobilisation.beneficiary.Profile;
import eu.projectresolution.mobilisation.beneficiary.SensitiveAnswer;
import eu.projectresolution.mobilisation.beneficiary.Situation;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.engine.Capture;
import eu.projectresolution.mobilisation.engine.CommandResult;
import eu.projectresolution.mobilisation.engine.CorrectEvent;
import eu.projectresolution.mobilisation.engine.Correction;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.RecordEntryStatus;
import eu.projectresolution.mobilisation.engine.VoidEvent;
import eu.projectresolution.mobilisation.indicator.IndicatorReport;
import eu.projectresolution.mobilisation.indicator.ReportScope;
import eu.projectresolution.mobilisation.indicator.TargetGroup;
import eu.projectresolution.mobilisation.inmemory.InMemoryStorage;
import eu.projectresolution.mobilisation.port.Pathways;
import eu.projectresolution.mobilisation.port.PersonFacts;
import eu.projectresolution.mobilisation.privacy.SpecialCategoriesApart;
import eu.projectresolution.mobilisation.privacy.SpecialCategoryAnswer;
import eu.projectresolution.mobilisation.programme.SiteId;
import eu.projectresolution.mobilisation.programme.StaffRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A corrected pathway counts exactly as if the corrected history had been recorded in the first place:
 * for random pathways with random corrections and voids (refused ones included) and commands after
 * them, the fold, each person's facts (those the engine stored with its appends) and the indicator
 * report equal those of the effective history written directly, as a stream of its own. Statuses at
 * entry and profiles carry special-category answers, which the engine keeps apart: the history written
 * directly holds them inside its events, as an engine wrote them before, and counts the same.
 */
class CorrectionProperties {
  private static final int PEOPLE = 4;
  private static final LocalDate CORRECTED_ON = LocalDate.of(2019, 8, 30);
  private static final SiteId[] SITES = {Fixtures.SITE_MONTBELIARD, Fixtures.SITE_AUDINCOURT, Fixtures.SITE_VALENTIGNEY};

  @Test
  void aCorrectedHistoryCountsAsTheHistoryRecordedCorrectly() {
    qt().withExamples(60)
        .forAll(
            lists().of(integers().between(0, 5_000)).ofSizeBetween(5, 40),
            lists().of(integers().between(0, 100_000)).ofSizeBetween(1, 12),
            lists().of(integers().between(0, 5_000)).ofSizeBetween(0, 10))
        .checkAssert(CorrectionProperties::check);
  }

  @Test
  void theGeneratorMakesCorrectionsThatAreAcceptedAndOnesThatAreRefused() {
    // Guards the property against corrections that would all be refused (or all accepted).
    java.util.Random random = new java.util.Random(7);
    int accepted = 0;
    int refused = 0;
    int statusesCorrected = 0;
    int answersKeptApart = 0;
    for (int example = 0; example < 20; example++) {
      Session session = new Session();
      for (int i = 0; i < 40; i++) {
        session.move(random.nextInt(5_000));
      }
      for (int i = 0; i < 12; i++) {
        CommandResult result = session.correct(random.nextInt(100_000));
        accepted += result.accepted() ? 1 : 0;
        refused += result.refused() ? 1 : 0;
        statusesCorrected += result.events().stream().anyMatch(e -> e instanceof Corrections.EventCorrected c
            && c.replacement() instanceof PathwayEvents.EntryStatusRecorded) ? 1 : 0;
      }
      for (BeneficiaryId person : session.people) {
        answersKeptApart += session.storage.specialCategoryAnswers().of(session.tenant, person).size();
      }
    }
    assertThat(accepted).isGreaterThan(20);
    assertThat(refused).isGreaterThan(5);
    assertThat(statusesCorrected).as("statuses at entry corrected").isGreaterThan(2);
    assertThat(answersKeptApart).as("answers kept apart").isGreaterThan(20);
  }

  private static void check(List<Integer> before, List<Integer> corrections, List<Integer> after) {
    Session session = new Session();
    before.forEach(session::move);
    corrections.forEach(session::correct);
    after.forEach(session::move);

    InMemoryStorage direct = InMemoryStorage.create();
    MobilisationEngine written = MobilisationEngine.builder().storage(direct).clock(Fixtures.CLOCK).build();
    written.registerProgramme(session.tenant, Fixtures.sipa());
    for (BeneficiaryId person : session.people) {
      List<PathwayEvent> stored = session.storage.pathways().events(session.tenant, person);
      if (stored.isEmpty()) {
        continue;
      }
      List<SpecialCategoryAnswer> answers = session.storage.specialCategoryAnswers().of(session.tenant, person);
      assertThat(SpecialCategoriesApart.restore(stored, List.of())).as("no answer in the stored events")
          .isEqualTo(stored.stream().map(e -> SpecialCategoriesApart.split(e).event()).toList());
      List<PathwayEvent> stream = SpecialCategoriesApart.restore(stored, answers);
      List<PathwayEvent> corrected = renumbered(Corrections.effective(stream));
      Pathway folded = Pathway.fold(stream);
      Pathway foldedDirectly = Pathway.fold(corrected);
      for (int start = 1; start <= stream.size(); start++) {
        assertThat(Pathway.fold(stream, Optional.of(Pathway.fold(stream.subList(0, start)))))
            .as("the fold of %s after the fold of its first %s events", stream, start)
            .isEqualTo(folded);
      }
      assertThat(withoutVersion(folded)).as("the fold of %s", stream).isEqualTo(withoutVersion(foldedDirectly));

      PersonFacts facts = session.engine.indicatorFacts().compute(folded, event -> Optional.empty());
      PersonFacts factsDirectly = written.indicatorFacts().compute(foldedDirectly, event -> Optional.empty());
      assertThat(facts.cells()).as("the facts of %s", stream).isEqualTo(factsDirectly.cells());

      List<Pathways.Append> appends = new ArrayList<>();
      for (PathwayEvent event : corrected) {
        appends.add(Pathways.Append.of(person, ExpectedVersion.atVersion(event.header().version() - 1), List.of(event)));
      }
      appends.set(appends.size() - 1, appends.get(appends.size() - 1).withFacts(factsDirectly));
      direct.pathways().appendAll(session.tenant, appends);
    }
    // The reports add up the facts the engine stored with its appends, answers kept apart included.
    for (Optional<TargetGroup> group : List.of(Optional.<TargetGroup>empty(), Optional.of(TargetGroup.REFUGEES),
        Optional.of(TargetGroup.PEOPLE_WITH_DISABILITIES))) {
      ReportScope scope = ReportScope.builder().programmeId(Fixtures.SIPA).targetGroup(group).build();
      IndicatorReport report = session.engine.indicatorReport(session.tenant, scope).orElseThrow();
      IndicatorReport reportDirectly = written.indicatorReport(session.tenant, scope).orElseThrow();
      assertThat(report.figures()).as("the report on %s", group).isEqualTo(reportDirectly.figures());
    }
  }

  /** The events numbered 1, 2, 3... as a stream recorded that way would number them. */
  private static List<PathwayEvent> renumbered(List<PathwayEvent> events) {
    List<PathwayEvent> renumbered = new ArrayList<>();
    for (PathwayEvent event : events) {
      EventHeader header = EventHeader.builder().from(event.header()).version(renumbered.size() + 1).build();
      renumbered.add(Corrections.withHeader(event, header));
    }
    return renumbered;
  }

  private static Pathway withoutVersion(Pathway pathway) {
    return ((ImmutablePathway) ImmutablePathway.copyOf(pathway)).withVersion(0);
  }

  /** One tenant's random pathways on the in-memory store, and the corrections made to them. */
  private static final class Session {
    final InMemoryStorage storage = InMemoryStorage.create();
    final MobilisationEngine engine = MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK).build();
    final TenantId tenant = Fixtures.newTenant();
    final List<BeneficiaryId> people = new ArrayList<>();
    LocalDate day = LocalDate.of(2017, 1, 2);

    Session() {
      engine.registerProgramme(tenant, Fixtures.sipa());
      for (int i = 0; i < PEOPLE; i++) {
        people.add(BeneficiaryId.random());
      }
    }

    void move(int move) {
      BeneficiaryId who = people.get(move % PEOPLE);
      int detail = move / (PEOPLE * 13);
      day = day.plusDays(detail % 3);
      int action = (move / PEOPLE) % 13;
      if (action == 11) {
        engine.recordEntryStatus(tenant, RecordEntryStatus.builder().beneficiaryId(who).occurredOn(day)
            .entryStatus(entryStatus(detail)).build());
      } else if (action == 12) {
        engine.capture(tenant, Capture.builder().from(Fixtures.capture(who, day))
            .profile(Profile.builder().from(Fixtures.youngWoman()).refugee(detail % 2 == 0).build()).build());
      } else {
        PathwayProperties.apply(engine, tenant, who, action, detail, day, engine.pathway(tenant, who).orElse(null));
      }
    }

    /** A status at entry with special-category answers drawn from {@code detail}. */
    static EntryStatus entryStatus(int detail) {
      SensitiveAnswer[] answers = {SensitiveAnswer.yes(LegalBasis.EXPLICIT_CONSENT), SensitiveAnswer.no(LegalBasis.LEGAL_OBLIGATION),
        SensitiveAnswer.declined()};
      EntryStatus.Builder status = EntryStatus.builder()
          .labourMarketStatus(LabourMarketStatus.values()[detail % LabourMarketStatus.values().length]);
      if (detail % 4 != 0) {
        status.disability(answers[detail % 3]).minority(answers[(detail / 3) % 3]);
      }
      if (detail % 5 != 0) {
        status.foreignBackground(answers[(detail / 9) % 3]).homelessOrHousingExcluded(answers[(detail / 2) % 3]);
      }
      return status.build();
    }


    /** A correction or a void of one of a person's events, drawn from {@code draw}. */
    CommandResult correct(int draw) {
      BeneficiaryId who = people.get(draw % PEOPLE);
      List<PathwayEvent> effective = Corrections.effective(storage.pathways().events(tenant, who));
      if (effective.isEmpty()) {
        return engine.voidEvent(tenant, voidOf(who, 1));
      }
      int kind = (draw / PEOPLE) % 7;
      int detail = draw / (PEOPLE * 7);
      PathwayEvent target = effective.get(detail % effective.size());
      if (kind == 5) { // a status at entry, if the person has one, mostly
        target = effective.stream().filter(e -> e instanceof PathwayEvents.EntryStatusRecorded && detail % 4 != 0)
            .findFirst().orElse(target);
      }
      long version = target.header().version();
      if (kind == 6) {
        return engine.voidEvent(tenant, voidOf(who, version));
      }
      Correction correction = switch (kind) {
        case 0 -> new Correction.OfExit(
            eu.projectresolution.mobilisation.pathway.ExitReason.values()[detail % 6],
            Situation.builder().employed(detail % 2 == 0).inTraining(detail % 3 == 0).build(), Optional.empty());
        // Mostly a day between its neighbours, sometimes one out of order.
        case 1 -> new Correction.OfDay(target.header().occurredOn().plusDays(detail % 5 - 2));
        case 2 -> new Correction.OfSite(SITES[detail % SITES.length]);
        case 3 -> new Correction.OfChannel(CaptureChannel.values()[detail % CaptureChannel.values().length]);
        case 4 -> new Correction.OfReferralOutcome(ReferralStatus.values()[detail % ReferralStatus.values().length]);
        default -> new Correction.OfEntryStatus(entryStatus(detail));
      };
      return engine.correctEvent(tenant, CorrectEvent.builder().beneficiaryId(who).correctedVersion(version)
          .correction(correction).reason("typed wrong").occurredOn(CORRECTED_ON).actor(StaffRole.SITE_MANAGER).build());
    }

    private static VoidEvent voidOf(BeneficiaryId who, long version) {
      return VoidEvent.builder().beneficiaryId(who).voidedVersion(version).reason("recorded by mistake")
          .occurredOn(CORRECTED_ON).actor(StaffRole.SITE_MANAGER).build();
    }
  }
}
