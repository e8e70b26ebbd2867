package eu.projectresolution.mobilisation;

/**
 * The root of every exception the engine throws.
 *
 * <p>Business refusals (a move the pathway model forbids, a date in the future...) are not exceptions:
 * they come back as {@link Refusal} values. Exceptions are for
 * caller mistakes (a missing field, a blank name: {@link NullPointerException} or
 * {@link IllegalArgumentException} from the factories) and for conditions the caller must react to,
 * such as a {@link VersionConflict} between two concurrent writers. Storage adapters wrap their own
 * failures (an {@code SQLException}, say) in a {@code MobilisationException}: nothing
 * storage-specific crosses a port.
 */
public class MobilisationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MobilisationException(String message) {
    super(message);
  }

  public MobilisationException(String message, Throwable cause) {
    super(message, cause);
  }
}
