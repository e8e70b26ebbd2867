package eu.projectresolution.mobilisation.port;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.programme.SiteEvent;
import eu.projectresolution.mobilisation.programme.SiteEventId;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import java.util.List;
import java.util.Optional;

/** The events hosted at the sites of a tenant's programmes. */
public interface SiteEvents {
  /**
   * Records a new site event.
   *
   * @return {@code false}, writing nothing, if the tenant already has one with this id
   */
  boolean add(TenantId tenant, SiteEvent record);

  /**
   * Records several new ones, each as {@link #add} would on its own: what a bulk load calls. A store
   * may write them all in one transaction (the JDBC store does); this default adds them one by one.
   *
   * @return whether each was added, in order: {@code false} for one whose id the tenant already has,
   *     or an earlier one of the list has
   */
  default List<Boolean> addAll(TenantId tenant, List<SiteEvent> records) {
    List<Boolean> added = new java.util.ArrayList<>(records.size());
    for (SiteEvent record : records) {
      added.add(add(tenant, record));
    }
    return added;
  }

  Optional<SiteEvent> find(TenantId tenant, SiteEventId id);

  /** The programme's records, ordered by date then id. */
  List<SiteEvent> ofProgramme(TenantId tenant, ProgrammeId programme);
}
