package eu.projectresolution.mobilisation.port;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.programme.CollaborativeAction;
import eu.projectresolution.mobilisation.programme.CollaborativeActionId;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import java.util.List;
import java.util.Optional;

/** The collaborative actions conducted with partners by a tenant's programmes. */
public interface CollaborativeActions {
  /**
   * Records a new collaborative action.
   *
   * @return {@code false}, writing nothing, if the tenant already has one with this id
   */
  boolean add(TenantId tenant, CollaborativeAction record);

  /**
   * Records several new ones, each as {@link #add} would on its own: what a bulk load calls. A store
   * may write them all in one transaction (the JDBC store does); this default adds them one by one.
   *
   * @return whether each was added, in order: {@code false} for one whose id the tenant already has,
   *     or an earlier one of the list has
   */
  default List<Boolean> addAll(TenantId tenant, List<CollaborativeAction> records) {
    List<Boolean> added = new java.util.ArrayList<>(records.size());
    for (CollaborativeAction record : records) {
      added.add(add(tenant, record));
    }
    return added;
  }

  Optional<CollaborativeAction> find(TenantId tenant, CollaborativeActionId id);

  /** The programme's records, ordered by date then id. */
  List<CollaborativeAction> ofProgramme(TenantId tenant, ProgrammeId programme);
}
