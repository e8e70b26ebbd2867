package eu.projectresolution.mobilisation.port;

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
}
