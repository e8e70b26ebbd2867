package eu.projectresolution.mobilisation.port;

import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.pathway.Pathway;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.privacy.SpecialCategoryAnswer;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One store's set of ports, as the engine needs them. {@link Pathways} and {@link Beneficiaries} must
 * come from the same store, since appends maintain what the beneficiaries port reads.
 *
 * <p>In memory: {@code InMemoryStorage.create()}; on a database: {@code JdbcStorage} in module
 * {@code mobilisation-persistence-jdbc}.
 */
public interface MobilisationStorage {
  Programmes programmes();

  Pathways pathways();

  Beneficiaries beneficiaries();

  OutreachEvents outreachEvents();

  CollaborativeActions collaborativeActions();

  SiteEvents siteEvents();

  PersonalData personalData();

  /** The people's answers to special-category questions, kept apart from their pathways. */
  SpecialCategoryAnswers specialCategoryAnswers();

  /** The people's consent records. */
  Consents consents();

  /** Erasures of the {@link #personalData()}, each with its audit record, in one atomic step. */
  Erasures erasures();

  /** Who read people's identifying details, and why. */
  AccessLog accessLog();

  /**
   * Every event the {@link #pathways()} committed, numbered in the order they committed: what a host
   * follows to keep views of its own up to date.
   */
  ChangeFeed changeFeed();

  /** The practice sheets of the tenant's toolkit, every version kept. */
  PracticeSheets practiceSheets();

  /**
   * What indicator reports read: the programmes, the dated activities and the {@link PersonFacts} the
   * pathways' appends keep, added up by this store.
   */
  IndicatorSources indicatorSources();

  /**
   * What the engine reads of a person before it decides a command about them, read together: their
   * events ({@link Pathways#events}), the special-category answers kept apart from them ({@link
   * SpecialCategoryAnswers#of}), and the declarations ({@link Programmes#find}) of {@code programme}, or
   * when it is empty of the person's own programme, the one they were captured into.
   *
   * <p>The engine calls it for every command it has not the person's events in mind for (see {@code
   * MobilisationEngine.Builder.pathwayCache}): a capture names its programme, any other command asks for
   * the person's own. The default reads each port in turn, and no answer nor programme of someone not
   * stored. A store whose reads each cost a round trip to a server should read all three in one, as
   * {@code JdbcStorage} does: on PostgreSQL a command then costs two round trips (this read, and its
   * append) instead of four.
   */
  default StoredPathway storedPathway(TenantId tenant, BeneficiaryId beneficiary, Optional<ProgrammeId> programme) {
    StoredPathway stored = storedPathway(tenant, beneficiary);
    Optional<ProgrammeId> declared = stored.events().isEmpty()
        ? programme
        : Optional.of(programme.orElseGet(() -> Pathway.fold(stored.events()).programmeId()));
    return new StoredPathway(
        stored.events(), stored.answersKeptApart(), declared.flatMap(id -> programmes().find(tenant, id)));
  }

  /**
   * As {@link #storedPathway(TenantId, BeneficiaryId, Optional)}, without any programme's declarations:
   * what the engine reads when it keeps them for a while itself ({@code
   * MobilisationEngine.Builder.programmeCache}).
   */
  default StoredPathway storedPathway(TenantId tenant, BeneficiaryId beneficiary) {
    List<PathwayEvent> events = pathways().events(tenant, beneficiary);
    return new StoredPathway(
        events, events.isEmpty() ? List.of() : specialCategoryAnswers().of(tenant, beneficiary), Optional.empty());
  }

  /**
   * {@link #storedPathway(TenantId, BeneficiaryId)} for many people: what rebuilding the facts reads
   * for each page of people. Every person asked for has an entry, in the order asked (events and
   * answers empty for someone not stored). The default reads one person at a time; a store on a remote
   * server should read a page at once, as {@code JdbcStorage} does.
   */
  default Map<BeneficiaryId, StoredPathway> storedPathways(TenantId tenant, List<BeneficiaryId> people) {
    Map<BeneficiaryId, StoredPathway> stored = new LinkedHashMap<>();
    for (BeneficiaryId person : people) {
      stored.put(person, storedPathway(tenant, person));
    }
    return stored;
  }

  /**
   * What the engine reads of a person to decide a counsellor's command about them, read together by
   * {@link #storedPathway}: their events, the special-category answers the store keeps apart from those
   * events, and the declarations of their programme.
   *
   * @param events the person's events in version order, as {@link Pathways#events} reads them; empty if
   *     the person is not stored
   * @param answersKeptApart the person's answers, as {@link SpecialCategoryAnswers#of} reads them
   * @param programme the declarations of the programme asked for, or of the person's own programme (the
   *     one they were captured into) when none was named; empty if no such programme is registered, if
   *     none was named and the person is not stored, or if no programme was asked for
   */
  record StoredPathway(
      List<PathwayEvent> events, List<SpecialCategoryAnswer> answersKeptApart, Optional<Programme> programme) {
    public StoredPathway {
      events = List.copyOf(requireNonNull(events, "events"));
      answersKeptApart = List.copyOf(requireNonNull(answersKeptApart, "answersKeptApart"));
      requireNonNull(programme, "programme");
    }
  }
}
