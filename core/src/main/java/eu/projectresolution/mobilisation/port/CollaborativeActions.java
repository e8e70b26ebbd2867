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

  Optional<CollaborativeAction> find(TenantId tenant, CollaborativeActionId id);

  /** The programme's records, ordered by date then id. */
  List<CollaborativeAction> ofProgramme(TenantId tenant, ProgrammeId programme);
}
