package eu.projectresolution.mobilisation.port;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.capture.OutreachEvent;
import eu.projectresolution.mobilisation.capture.OutreachEventId;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import java.util.List;
import java.util.Optional;

/** The outreach events (Recrut'Cafés, stands, door-to-door rounds) of a tenant's programmes. */
public interface OutreachEvents {
  /**
   * Records a new outreach event.
   *
   * @return {@code false}, writing nothing, if the tenant already has one with this id
   */
  boolean add(TenantId tenant, OutreachEvent record);

  /**
   * Records several new ones, each as {@link #add} would on its own: what a bulk load calls. A store
   * may write them all in one transaction (the JDBC store does); this default adds them one by one.
   *
   * @return whether each was added, in order: {@code false} for one whose id the tenant already has,
   *     or an earlier one of the list has
   */
  default List<Boolean> addAll(TenantId tenant, List<OutreachEvent> records) {
    List<Boolean> added = new java.util.ArrayList<>(records.size());
    for (OutreachEvent record : records) {
      added.add(add(tenant, record));
    }
    return added;
  }

  Optional<OutreachEvent> find(TenantId tenant, OutreachEventId id);

  /** The programme's records, ordered by date then id. */
  List<OutreachEvent> ofProgramme(TenantId tenant, ProgrammeId programme);
}
