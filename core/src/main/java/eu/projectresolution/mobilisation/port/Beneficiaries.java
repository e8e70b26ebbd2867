package eu.projectresolution.mobilisation.port;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.capture.AttendanceRegister;
import eu.projectresolution.mobilisation.capture.OutreachEventId;
import eu.projectresolution.mobilisation.pathway.Stage;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The people a tenant's programmes reached, as the {@link Pathways} appends project them: who they are
 * (pseudonymously), which programme they belong to and which stage they are at. Read-only: it changes
 * only through pathway appends, in the same atomic step.
 */
public interface Beneficiaries {
  Optional<BeneficiarySummary> find(TenantId tenant, BeneficiaryId beneficiary);

  /** The programme's beneficiaries, ordered by capture day then id. */
  List<BeneficiarySummary> ofProgramme(TenantId tenant, ProgrammeId programme);

  /** The ids of the programme's beneficiaries currently at {@code stage}, ordered by id. */
  List<BeneficiaryId> inStage(TenantId tenant, ProgrammeId programme, Stage stage);

  /** How many of the programme's beneficiaries are currently at each stage (stages with none left out). */
  Map<Stage, Long> countByStage(TenantId tenant, ProgrammeId programme);

  /**
   * Everyone met at an outreach event, in the order the contacts were recorded: the event's attendance
   * register without the event itself.
   */
  List<AttendanceRegister.Entry> attendance(TenantId tenant, OutreachEventId event);
}
