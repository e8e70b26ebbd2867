package eu.projectresolution.mobilisation;

/**
 * The root of every exception the engine throws; abstract, so that each situation has a type of its own
 * that a host can catch:
 *
 * <ul>
 *   <li>{@link VersionConflict}: another writer changed the pathway first; read again and retry;
 *   <li>{@link CommandAlreadyRecorded}: a store saw a command id it already holds (the engine answers a
 *       retry with the original result instead of throwing it);
 *   <li>{@link StorageFailure} and its subtypes {@link StoreNotReady}, {@link RetriesExhausted} and
 *       {@link CommitNotConfirmed}: a store could not do what was asked;
 *   <li>{@link eu.projectresolution.mobilisation.document.InvalidDocument}, as {@link
 *       eu.projectresolution.mobilisation.practice.InvalidPracticeSheet} and {@link
 *       eu.projectresolution.mobilisation.transfer.InvalidTransferFile}: a document with mistakes, each
 *       listed with its path and code;
 *   <li>{@link eu.projectresolution.mobilisation.indicator.ReportRefused}: a report asked for with {@code
 *       orElseThrow()} was refused;
 *   <li>{@link InputNotReadable}: a stream the caller gave could not be read;
 *   <li>{@link EngineFailure}: a broken installation or a defect, to report.
 * </ul>
 *
 * <p>Business refusals (a move the pathway model forbids, a date in the future...) are not exceptions:
 * they come back as {@link Refusal} values. Exceptions are for
 * caller mistakes (a missing field, a blank name: {@link NullPointerException} or
 * {@link IllegalArgumentException} from the factories) and for conditions the caller must react to,
 * such as a {@link VersionConflict} between two concurrent writers. Storage adapters wrap their own
 * failures (an {@code SQLException}, say) in a {@link StorageFailure}: nothing
 * storage-specific crosses a port. An adapter of a partner's own throws {@link StorageFailure} or
 * one of its subtypes.
 */
public abstract class MobilisationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected MobilisationException(String message) {
    super(message);
  }

  protected MobilisationException(String message, Throwable cause) {
    super(message, cause);
  }
}
