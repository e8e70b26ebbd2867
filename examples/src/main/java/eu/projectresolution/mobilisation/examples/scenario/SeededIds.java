package eu.projectresolution.mobilisation.examples.scenario;

import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.capture.OutreachEventId;
import eu.projectresolution.mobilisation.pathway.AppointmentId;
import eu.projectresolution.mobilisation.pathway.ReferralId;
import eu.projectresolution.mobilisation.programme.CollaborativeActionId;
import eu.projectresolution.mobilisation.programme.SiteEventId;
import java.util.OptionalLong;
import java.util.Random;
import java.util.UUID;

/**
 * Identifiers drawn from a seeded generator: the same seed gives the same people and the same command
 * ids, so replaying a scenario into a store that already holds it is answered by the engine as retries
 * of commands already recorded, and writes nothing twice. The ids have the shape of random (version 4)
 * UUIDs.
 */
public final class SeededIds {
  private final Random random;
  /** The first half of every id, when the ids go with an owner's; else drawn like the second. */
  private final OptionalLong leading;

  public SeededIds(long seed) {
    this.random = new Random(seed);
    this.leading = OptionalLong.empty();
  }

  private SeededIds(UUID owner) {
    this.random = new Random(owner.getMostSignificantBits() ^ owner.getLeastSignificantBits());
    this.leading = OptionalLong.of(owner.getMostSignificantBits());
  }

  /**
   * Ids for the records of {@code owner} (a person's commands): the same owner gives the same ids, and
   * they share its first half, so that they sort next to it. A store that receives people in the order of
   * their ids then adds each person's command ids at the end of its index, as it does their events.
   */
  public static SeededIds of(UUID owner) {
    return new SeededIds(owner);
  }

  public UUID next() {
    long most = leading.orElseGet(() -> (random.nextLong() & ~0xF000L) | 0x4000L);
    long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(most, least);
  }

  public CommandId command() {
    return CommandId.of(next());
  }

  public BeneficiaryId beneficiary() {
    return BeneficiaryId.of(next());
  }

  public OutreachEventId outreachEvent() {
    return OutreachEventId.of(next());
  }

  public AppointmentId appointment() {
    return AppointmentId.of(next());
  }

  public ReferralId referral() {
    return ReferralId.of(next());
  }

  public CollaborativeActionId collaborativeAction() {
    return CollaborativeActionId.of(next());
  }

  public SiteEventId siteEvent() {
    return SiteEventId.of(next());
  }
}
