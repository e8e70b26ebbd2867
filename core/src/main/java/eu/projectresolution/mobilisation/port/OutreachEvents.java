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

  Optional<OutreachEvent> find(TenantId tenant, OutreachEventId id);

  /** The programme's records, ordered by date then id. */
  List<OutreachEvent> ofProgramme(TenantId tenant, ProgrammeId programme);
}
