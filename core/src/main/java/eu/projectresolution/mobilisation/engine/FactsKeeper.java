package eu.projectresolution.mobilisation.engine;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.capture.OutreachEvent;
import eu.projectresolution.mobilisation.capture.OutreachEventId;
import eu.projectresolution.mobilisation.indicator.IndicatorFacts;
import eu.projectresolution.mobilisation.pathway.Pathway;
import eu.projectresolution.mobilisation.port.IndicatorSources;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import eu.projectresolution.mobilisation.port.MobilisationStorage.StoredPathway;
import eu.projectresolution.mobilisation.port.PersonFacts;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import eu.projectresolution.mobilisation.privacy.SpecialCategoriesApart;
import eu.projectresolution.mobilisation.privacy.SpecialCategoryAnswer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Keeps each person's facts true to their events: computes them for every append (the engine sends them
 * with it), under the definitions of the person's programme (its declarations: {@link
 * IndicatorFacts#declaredBy}), and computes again those of a programme's people whose facts were
 * computed under other definitions ({@link #rebuild}).
 */
final class FactsKeeper {
  /** The people whose facts a rebuild computes again per page. */
  private static final int REBUILD_PAGE = 500;

  private final MobilisationStorage storage;
  private final IndicatorFacts facts;
  private final Declarations declarations;
  /** The outreach events met in contacts, whose days the facts count attendances on. */
  private final KnownOutreachEvents outreachEvents;

  FactsKeeper(
      MobilisationStorage storage, IndicatorFacts facts, Declarations declarations, KnownOutreachEvents outreachEvents) {
    this.storage = storage;
    this.facts = facts;
    this.declarations = declarations;
    this.outreachEvents = outreachEvents;
  }

  IndicatorFacts definitions() {
    return facts;
  }

  /** The facts of the tenant's person whose pathway is {@code pathway}, as they stand, under {@code definitions}. */
  private PersonFacts of(TenantId tenant, Pathway pathway, IndicatorFacts definitions) {
    return definitions.compute(pathway, event -> outreachDay(tenant, event));
  }

  /** The definitions of the facts of {@code programme}'s people: read from the store when the command did not. */
  private IndicatorFacts definitionsOf(TenantId tenant, ProgrammeId programme, Optional<Programme> read) {
    return read.filter(p -> p.id().equals(programme)).or(() -> declarations.of(tenant, programme))
        .map(facts::declaredBy)
        .orElse(facts);
  }

  /**
   * The special-category answers the store keeps apart from the stream {@code before} of a person (what
   * the engine saw before an append): none read if none can be, because the person is not stored yet or
   * the engine knows they have none ({@link PathwayCache.Stream#noAnswersKept}).
   */
  List<SpecialCategoryAnswer> keptBefore(TenantId tenant, PathwayCache.Stream before) {
    return before.version() == 0 || before.noAnswersKept()
        ? List.of()
        : storage.specialCategoryAnswers().of(tenant, before.pathway().orElseThrow().beneficiaryId());
  }

  /**
   * The facts of the tenant's person whose stream is {@code stream}, counting their special-category
   * answers as if the events held them: those the store keeps ({@code kept}, see {@link #keptBefore}) and
   * {@code pending}, taken out of the events about to be appended with these facts. A person with no
   * answer kept costs no fold. {@code programme} is the person's programme, if the command read it.
   */
  PersonFacts of(
      TenantId tenant, PathwayCache.Stream stream, List<SpecialCategoryAnswer> kept, List<SpecialCategoryAnswer> pending,
      Optional<Programme> programme) {
    Pathway pathway = stream.pathway().orElseThrow();
    IndicatorFacts definitions = definitionsOf(tenant, pathway.programmeId(), programme);
    List<SpecialCategoryAnswer> answers = pending;
    if (!kept.isEmpty()) {
      answers = new ArrayList<>(kept);
      answers.addAll(pending);
    }
    return answers.isEmpty()
        ? of(tenant, pathway, definitions)
        : of(tenant, Pathway.fold(SpecialCategoriesApart.restore(stream.events(), answers)), definitions);
  }

  private Optional<LocalDate> outreachDay(TenantId tenant, OutreachEventId event) {
    return outreachEvents.find(tenant, event).map(OutreachEvent::date);
  }

  /** See {@link MobilisationEngine#rebuildFacts}. */
  long rebuild(TenantId tenant, ProgrammeId programme, LongConsumer progress) {
    IndicatorSources sources = storage.indicatorSources();
    // As stored, not as a cache may remember them: a report compares the facts with the stored declarations.
    Optional<Programme> declared = storage.programmes().find(tenant, programme);
    String basis = definitionsOf(tenant, programme, declared).basis();
    Optional<BeneficiaryId> after = Optional.empty();
    long done = 0;
    while (true) {
      List<BeneficiaryId> page = sources.factsNotUnder(tenant, programme, basis, after, REBUILD_PAGE);
      if (page.isEmpty()) {
        return done;
      }
      // The page's events and answers kept apart in one read, their facts in one write; the declarations
      // are read once above. A stream that moved on since it was read got facts of its own with its append.
      List<PersonFacts> computed = new ArrayList<>(page.size());
      for (StoredPathway stored : storage.storedPathways(tenant, page).values()) {
        if (!stored.events().isEmpty()) {
          computed.add(of(tenant, PathwayCache.Stream.of(stored.events()), stored.answersKeptApart(), List.of(), declared));
        }
      }
      done += storage.pathways().replaceAllFacts(tenant, computed);
      after = Optional.of(page.get(page.size() - 1));
      progress.accept(done);
    }
  }
}
