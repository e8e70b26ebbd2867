package eu.projectresolution.mobilisation.engine;

import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.programme.StaffRole;
import java.time.LocalDate;
import java.util.OptionalLong;

/**
 * A command that records something in one beneficiary's pathway. Each has a command id (reuse it on
 * retries: the engine then answers with the original result), the business date it happened on, the
 * staff role acting, and optionally the pathway version the counsellor saw: if the pathway changed
 * since, the engine throws {@link eu.projectresolution.mobilisation.VersionConflict} instead of
 * recording something decided on stale information.
 */
public interface PathwayCommand {
  CommandId commandId();

  BeneficiaryId beneficiaryId();

  /** The day it happened. It may not be in the future, outside the programme, or before the last event. */
  LocalDate occurredOn();

  StaffRole actor();

  /** The pathway version the decision was based on, if the host tracks it. */
  OptionalLong expectedVersion();
}
