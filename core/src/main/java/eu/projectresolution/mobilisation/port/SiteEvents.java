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

  Optional<SiteEvent> find(TenantId tenant, SiteEventId id);

  /** The programme's records, ordered by date then id. */
  List<SiteEvent> ofProgramme(TenantId tenant, ProgrammeId programme);
}
