package eu.projectresolution.mobilisation.port;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.CommandAlreadyRecorded;
import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.VersionConflict;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.MatchingKey;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.pathway.PathwayEvents;
import java.util.List;
import java.util.Optional;

/**
 * The event streams of the beneficiaries' pathways: append-only, one stream per beneficiary, each
 * event numbered by its version from 1 without gaps.
 *
 * <p>An adapter also maintains, in the same atomic step as each append, what the {@link Beneficiaries}
 * port reads: a host wires both from the same store.
 */
public interface Pathways {
  /**
   * Appends the events of one command to a beneficiary's stream, all or nothing.
   *
   * @param expectedVersion the version the stream must have now: 0 for a new stream
   * @param events the events, numbered {@code expectedVersion + 1}, {@code + 2}..., all for {@code
   *     beneficiary} and all carrying the same command id; a new stream starts with a capture
   * @throws CommandAlreadyRecorded if the tenant already has events of this command id: nothing is written
   * @throws VersionConflict if the stream's version is not {@code expectedVersion}: nothing is written
   * @throws IllegalArgumentException if the events break the rules above
   */
  void append(TenantId tenant, BeneficiaryId beneficiary, long expectedVersion, List<PathwayEvent> events);

  /**
   * Starts a beneficiary's pathway with the events of a capture and, in the same atomic step, keeps
   * the person's identifying details where {@link PersonalData} keeps them (never with the events):
   * both are written or neither, so that no pathway is left without the details given with its
   * capture, and no details without their pathway.
   *
   * @param events the capture's events, numbered from 1, all for {@code beneficiary} and carrying the
   *     same command id, the first a capture
   * @throws CommandAlreadyRecorded if the tenant already has events of this command id: nothing is written
   * @throws VersionConflict if the beneficiary already has a pathway: nothing is written
   * @throws IllegalArgumentException if the events break the rules of {@link #append}
   */
  default void appendCapture(TenantId tenant, BeneficiaryId beneficiary, List<PathwayEvent> events, PersonalDetails details) {
    appendCapture(tenant, beneficiary, events, details, Optional.empty());
  }

  /**
   * As {@link #appendCapture(TenantId, BeneficiaryId, List, PersonalDetails)}, and keeps the key that
   * recognises the person met again with the details, in the same atomic step, as {@link
   * PersonalData#put(TenantId, BeneficiaryId, PersonalDetails, Optional)} keeps it.
   *
   * @throws IllegalArgumentException if another person of the tenant holds {@code matchingKey}, or if
   *     the events break the rules of {@link #append}: nothing is written
   */
  void appendCapture(
      TenantId tenant, BeneficiaryId beneficiary, List<PathwayEvent> events, PersonalDetails details,
      Optional<MatchingKey> matchingKey);

  /** The beneficiary's events in version order; empty if the tenant has no such pathway. */
  List<PathwayEvent> events(TenantId tenant, BeneficiaryId beneficiary);

  /** The events a command appended, in version order; empty if the tenant never recorded it. */
  List<PathwayEvent> eventsOfCommand(TenantId tenant, CommandId command);

  /**
   * Checks the shape of an append as {@link #append} documents it; adapters call it first so that
   * every adapter refuses the same malformed appends the same way.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  static void checkAppendable(BeneficiaryId beneficiary, long expectedVersion, List<PathwayEvent> events) {
    requireNonNull(events, "events");
    checkArgument(!events.isEmpty(), "nothing to append: events is empty");
    checkArgument(expectedVersion >= 0, "expectedVersion must not be negative (was %s)", expectedVersion);
    CommandId command = events.get(0).header().commandId();
    long version = expectedVersion;
    for (PathwayEvent event : events) {
      checkArgument(
          event.header().beneficiaryId().equals(beneficiary),
          "event %s is for beneficiary %s, not %s",
          event.header().version(),
          event.header().beneficiaryId(),
          beneficiary);
      checkArgument(
          event.header().version() == ++version,
          "event version %s does not follow %s",
          event.header().version(),
          version - 1);
      checkArgument(
          event.header().commandId().equals(command),
          "all events of one append must carry the same command id (%s and %s)",
          command,
          event.header().commandId());
    }
    checkArgument(
        expectedVersion != 0 || events.get(0) instanceof PathwayEvents.Captured,
        "a new pathway must start with a capture");
    checkArgument(
        events.stream().skip(expectedVersion == 0 ? 1 : 0).noneMatch(PathwayEvents.Captured.class::isInstance),
        "a capture can only start a pathway");
  }

}
