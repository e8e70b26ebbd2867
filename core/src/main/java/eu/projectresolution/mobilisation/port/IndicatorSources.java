package eu.projectresolution.mobilisation.port;

import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.capture.OutreachEvent;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.programme.CollaborativeAction;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import eu.projectresolution.mobilisation.programme.SiteEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What an indicator report reads: a programme's declarations, the event streams of its beneficiaries'
 * pathways, its dated activities (outreach events, collaborative actions, site events) and, from a
 * store that keeps the read models for it, the {@link IndicatorCounts} its activity figures are made
 * of. Every figure is computed from these stored records, never typed in.
 *
 * <p>{@link #of(MobilisationStorage)} answers from a store's other ports (one read per pathway) and
 * leaves every count to core, which is what {@link MobilisationStorage#indicatorSources()} does unless
 * an adapter overrides it. A database adapter answers {@link #counts} with SQL aggregations over read
 * models it maintains in the same transaction as each append, and {@link #forEachEventStream} with one
 * query whose rows it hands over person by person; core then reads the event streams only for the
 * outcome rules, which are Java code classifying each person.
 */
public interface IndicatorSources {
  Optional<Programme> programme(TenantId tenant, ProgrammeId programme);

  /**
   * Hands {@code action} the event stream of each pathway of the programme whose capture is on or
   * before {@code capturedBy}, one pathway at a time, its events in version order. The pathways come
   * in no particular order, each exactly once; an adapter should not hold them all in memory at once.
   */
  void forEachEventStream(
      TenantId tenant, ProgrammeId programme, LocalDate capturedBy, Consumer<List<PathwayEvent>> action);

  /**
   * The counts of the report's activity figures for {@code scope}, added up by the store, or empty
   * when the store leaves them to core (which then counts them from {@link #forEachEventStream}). An
   * adapter that answers must give exactly what core would count from the same records: the contract
   * suite {@code IndicatorCountsContract} compares the two.
   */
  default Optional<IndicatorCounts> counts(TenantId tenant, ProgrammeId programme, CountingScope scope) {
    return Optional.empty();
  }

  /** The programme's outreach events, ordered by date then id. */
  List<OutreachEvent> outreachEvents(TenantId tenant, ProgrammeId programme);

  /** The programme's collaborative actions, ordered by date then id. */
  List<CollaborativeAction> collaborativeActions(TenantId tenant, ProgrammeId programme);

  /** The events hosted at the programme's sites, ordered by date then id. */
  List<SiteEvent> siteEvents(TenantId tenant, ProgrammeId programme);

  /** The sources as a store's other ports answer them; every count is left to core. */
  static IndicatorSources of(MobilisationStorage storage) {
    requireNonNull(storage, "storage");
    return new IndicatorSources() {
      @Override
      public Optional<Programme> programme(TenantId tenant, ProgrammeId programme) {
        return storage.programmes().find(tenant, programme);
      }

      @Override
      public void forEachEventStream(
          TenantId tenant, ProgrammeId programme, LocalDate capturedBy, Consumer<List<PathwayEvent>> action) {
        requireNonNull(capturedBy, "capturedBy");
        requireNonNull(action, "action");
        for (BeneficiarySummary beneficiary : storage.beneficiaries().ofProgramme(tenant, programme)) {
          if (!beneficiary.capturedOn().isAfter(capturedBy)) {
            List<PathwayEvent> events = storage.pathways().events(tenant, beneficiary.beneficiaryId());
            if (!events.isEmpty()) {
              action.accept(events);
            }
          }
        }
      }

      @Override
      public List<OutreachEvent> outreachEvents(TenantId tenant, ProgrammeId programme) {
        return storage.outreachEvents().ofProgramme(tenant, programme);
      }

      @Override
      public List<CollaborativeAction> collaborativeActions(TenantId tenant, ProgrammeId programme) {
        return storage.collaborativeActions().ofProgramme(tenant, programme);
      }

      @Override
      public List<SiteEvent> siteEvents(TenantId tenant, ProgrammeId programme) {
        return storage.siteEvents().ofProgramme(tenant, programme);
      }
    };
  }
}
