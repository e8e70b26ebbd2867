package eu.projectresolution.mobilisation.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import eu.projectresolution.mobilisation.ExpectedVersion;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.Situation;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.engine.CommandResult;
import eu.projectresolution.mobilisation.engine.CorrectEvent;
import eu.projectresolution.mobilisation.engine.Correction;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.VoidEvent;
import eu.projectresolution.mobilisation.indicator.IndicatorReport;
import eu.projectresolution.mobilisation.indicator.ReportScope;
import eu.projectresolution.mobilisation.inmemory.InMemoryStorage;
import eu.projectresolution.mobilisation.port.Pathways;
import eu.projectresolution.mobilisation.port.PersonFacts;
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
 * them, the fold, each person's facts and the indicator report equal those of the effective history
 * written directly, as a stream of its own.
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
    for (int example = 0; example < 20; example++) {
      Session session = new Session();
      for (int i = 0; i < 40; i++) {
        session.move(random.nextInt(5_000));
      }
      for (int i = 0; i < 12; i++) {
        CommandResult result = session.correct(random.nextInt(100_000));
        accepted += result.accepted() ? 1 : 0;
        refused += result.refused() ? 1 : 0;
      }
    }
    assertThat(accepted).isGreaterThan(20);
    assertThat(refused).isGreaterThan(5);
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
      List<PathwayEvent> stream = session.storage.pathways().events(session.tenant, person);
      if (stream.isEmpty()) {
        continue;
      }
      List<PathwayEvent> corrected = renumbered(Corrections.effective(stream));
      Pathway folded = Pathway.fold(stream);
      Pathway foldedDirectly = Pathway.fold(corrected);
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
    IndicatorReport report = session.engine.indicatorReport(session.tenant, ReportScope.of(Fixtures.SIPA)).orElseThrow();
    IndicatorReport reportDirectly = written.indicatorReport(session.tenant, ReportScope.of(Fixtures.SIPA)).orElseThrow();
    assertThat(report.figures()).isEqualTo(reportDirectly.figures());
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
      PathwayProperties.apply(engine, tenant, who, (move / PEOPLE) % 13, detail, day, engine.pathway(tenant, who).orElse(null));
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
        default -> new Correction.OfDay(target.header().occurredOn());
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
