package eu.projectresolution.mobilisation.engine;

import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.Refusal;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import java.util.List;
import java.util.Optional;

/**
 * What became of each command of an import, in input order, so that a partner can show "line 12:
 * refused, the person is at stage 'captured'..." next to its own records.
 *
 * @param mode the mode the import ran in
 * @param outcomes one per command, in the order given
 */
public record ImportReport(ImportMode mode, List<Outcome> outcomes) {
  public ImportReport {
    requireNonNull(mode, "mode");
    outcomes = List.copyOf(outcomes);
  }

  /** What became of one command. */
  public enum Status {
    /** Recorded by this import. */
    RECORDED,
    /** Would be recorded, but nothing was written: a validation, or an all-or-nothing import with refusals. */
    NOT_WRITTEN,
    /** Refused: see the refusal's code, field and message. */
    REFUSED,
    /** Its command id was recorded before (an import sent again): nothing written this time. */
    ALREADY_RECORDED
  }

  /**
   * One command's outcome.
   *
   * @param index the command's position in the import, from 0
   * @param refusal why it was refused, for {@link Status#REFUSED}
   */
  public record Outcome(int index, CommandId commandId, BeneficiaryId beneficiaryId, Status status, Optional<Refusal> refusal) {
    public Outcome {
      requireNonNull(commandId, "commandId");
      requireNonNull(beneficiaryId, "beneficiaryId");
      requireNonNull(status, "status");
      requireNonNull(refusal, "refusal");
    }
  }

  /** How many commands ended with {@code status}. */
  public long count(Status status) {
    return outcomes.stream().filter(o -> o.status() == status).count();
  }

  /** The refused commands' outcomes, in input order. */
  public List<Outcome> refused() {
    return outcomes.stream().filter(o -> o.status() == Status.REFUSED).toList();
  }

  /** Whether the import wrote anything. */
  public boolean wroteAnything() {
    return count(Status.RECORDED) > 0;
  }
}
