package eu.projectresolution.mobilisation;

import static java.util.Objects.requireNonNull;

/**
 * Another writer changed the record between the moment it was read and the moment this change was
 * appended. Nothing was written: read the record again and retry the command (with the same command id,
 * so that a retry of a command that did go through is recognised and not applied twice).
 */
public final class VersionConflict extends MobilisationException {
  private static final long serialVersionUID = 1L;

  private final String recordId;
  private final long expectedVersion;
  private final long actualVersion;

  public VersionConflict(String recordId, long expectedVersion, long actualVersion) {
    super(
        "Version conflict on "
            + requireNonNull(recordId, "recordId")
            + ": expected version "
            + expectedVersion
            + " but the stored version is "
            + actualVersion
            + "; read it again and retry");
    this.recordId = recordId;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  /** The id of the record (for a pathway, the beneficiary id) whose version did not match. */
  public String recordId() {
    return recordId;
  }

  /** The version the writer expected to find. */
  public long expectedVersion() {
    return expectedVersion;
  }

  /** The version actually stored when the write was attempted. */
  public long actualVersion() {
    return actualVersion;
  }
}
