package eu.projectresolution.mobilisation.engine;

import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.ExpectedVersion;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.programme.StaffMemberId;
import eu.projectresolution.mobilisation.programme.StaffRole;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A command that records something in one beneficiary's pathway. Each has a command id (reuse it on
 * retries: the engine then answers with the original result), the business date it happened on, the
 * staff role acting, and optionally the pathway version the counsellor saw: if the pathway changed
 * since, the engine throws {@link eu.projectresolution.mobilisation.VersionConflict} instead of
 * recording something decided on stale information.
 *
 * <p>The kinds of command are closed: the interface is sealed, and a {@link Visitor} handles every
 * kind, which the compiler checks. A host that routes commands by kind (an HTTP API, an import)
 * implements a visitor rather than testing {@code instanceof}:
 *
 * <pre>{@code
 * String label = command.accept(new PathwayCommand.Visitor<String>() { ... });
 * }</pre>
 */
public sealed interface PathwayCommand
    permits Capture,
        RecordContact,
        Welcome,
        Orient,
        StartAccompaniment,
        RecordAppointment,
        Refer,
        RecordReferralOutcome,
        RecordExit,
        RecordEntryStatus,
        RecordFollowUp,
        RecordLostContact,
        RecordDropOut,
        RecordPartnerStep,
        RecordSatisfaction,
        RecordSituation,
        UpdateProfile,
        CorrectEvent,
        VoidEvent {
  CommandId commandId();

  BeneficiaryId beneficiaryId();

  /** The day it happened. It may not be in the future, outside the programme, or before the last event. */
  LocalDate occurredOn();

  StaffRole actor();

  /**
   * The staff member who acts, as the host's own system identifies them; the events record it beside
   * the role, for the audit trail.
   */
  Optional<StaffMemberId> author();

  /**
   * The pathway version the decision was based on, if the host tracks it; {@link ExpectedVersion#any()}
   * (the default) if not, and the command is decided on the pathway as it stands.
   */
  @Value.Default
  default ExpectedVersion expectedVersion() {
    return ExpectedVersion.any();
  }

  /** Calls the {@code visitor}'s method for this command's kind. */
  <R> R accept(Visitor<R> visitor);

  /**
   * Something done for each kind of pathway command: Java 17's exhaustive form of a {@code switch}
   * over the sealed kinds, so that adding a kind of command fails to compile wherever one is not
   * handled.
   *
   * @param <R> what each method answers
   */
  interface Visitor<R> {
    R visit(Capture command);

    R visit(RecordContact command);

    R visit(Welcome command);

    R visit(Orient command);

    R visit(StartAccompaniment command);

    R visit(RecordAppointment command);

    R visit(Refer command);

    R visit(RecordReferralOutcome command);

    R visit(RecordExit command);

    R visit(RecordEntryStatus command);

    R visit(RecordFollowUp command);

    R visit(RecordLostContact command);

    R visit(RecordDropOut command);

    R visit(RecordPartnerStep command);

    R visit(RecordSatisfaction command);

    R visit(RecordSituation command);

    R visit(UpdateProfile command);

    R visit(CorrectEvent command);

    R visit(VoidEvent command);
  }
}
