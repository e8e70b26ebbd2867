package eu.projectresolution.mobilisation.port;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import java.util.List;
import java.util.Optional;

/** The programmes a tenant runs. */
public interface Programmes {
  /**
   * Adds a programme.
   *
   * @return {@code false}, writing nothing, if the tenant already has a programme with this id
   */
  boolean add(TenantId tenant, Programme programme);

  /**
   * Replaces the declarations of an existing programme (a corrected budget, a new partner).
   *
   * @return {@code false}, writing nothing, if the tenant has no programme with this id
   */
  boolean replace(TenantId tenant, Programme programme);

  Optional<Programme> find(TenantId tenant, ProgrammeId id);

  /** The tenant's programmes, ordered by id. */
  List<Programme> list(TenantId tenant);
}
