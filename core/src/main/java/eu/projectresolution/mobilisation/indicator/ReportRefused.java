package eu.projectresolution.mobilisation.indicator;

import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.MobilisationException;
import eu.projectresolution.mobilisation.Refusal;

/**
 * Thrown by {@link ReportResult#orElseThrow()} when the engine refused to compute a report (an unknown
 * programme, a budget in another currency...): the {@link #refusal()} says why, as the result did.
 */
public final class ReportRefused extends MobilisationException {
  private static final long serialVersionUID = 1L;

  private final transient Refusal refusal;

  public ReportRefused(Refusal refusal) {
    super(requireNonNull(refusal, "refusal").code() + " (" + refusal.field() + "): " + refusal.message());
    this.refusal = refusal;
  }

  /** Why the report was refused. */
  public Refusal refusal() {
    return refusal;
  }
}
