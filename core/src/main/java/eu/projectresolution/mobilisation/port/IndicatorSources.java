package eu.projectresolution.mobilisation.port;

import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.capture.OutreachEvent;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.programme.CollaborativeAction;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import eu.projectresolution.mobilisation.programme.SiteEvent;
import java.util.List;
import java.util.Optional;

/**
 * What an indicator report reads: a programme's declarations, the event streams of all its
 * beneficiaries' pathways, and its dated activities (outreach events, collaborative actions, site
 * events). Every figure is computed from these stored records, never typed in.
 *
 * <p>{@link #of(MobilisationStorage)} answers from a store's other ports (one read per pathway), which
 * is what {@link MobilisationStorage#indicatorSources()} does unless an adapter overrides it: a database
 * adapter can answer {@link #eventStreams} with one query over its events table, or from a projection
 * it maintains in the same transaction as each append. The figures themselves are computed by core
 * from these facts, so every adapter gives the same figures.
 */
public interface IndicatorSources {
  Optional<Programme> programme(TenantId tenant, ProgrammeId programme);

  /**
   * The event stream of every pathway of the programme: one list per beneficiary, its events in version
   * order; the streams ordered by capture day, then beneficiary id.
   */
  List<List<PathwayEvent>> eventStreams(TenantId tenant, ProgrammeId programme);

  /** The programme's outreach events, ordered by date then id. */
  List<OutreachEvent> outreachEvents(TenantId tenant, ProgrammeId programme);

  /** The programme's collaborative actions, ordered by date then id. */
  List<CollaborativeAction> collaborativeActions(TenantId tenant, ProgrammeId programme);

  /** The events hosted at the programme's sites, ordered by date then id. */
  List<SiteEvent> siteEvents(TenantId tenant, ProgrammeId programme);

  /** The sources as a store's other ports answer them. */
  static IndicatorSources of(MobilisationStorage storage) {
    requireNonNull(storage, "storage");
    return new IndicatorSources() {
      @Override
      public Optional<Programme> programme(TenantId tenant, ProgrammeId programme) {
        return storage.programmes().find(tenant, programme);
      }

      @Override
      public List<List<PathwayEvent>> eventStreams(TenantId tenant, ProgrammeId programme) {
        return storage.beneficiaries().ofProgramme(tenant, programme).stream()
            .map(b -> storage.pathways().events(tenant, b.beneficiaryId()))
            .filter(events -> !events.isEmpty())
            .toList();
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
