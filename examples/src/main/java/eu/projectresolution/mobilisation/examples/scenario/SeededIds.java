package eu.projectresolution.mobilisation.examples.scenario;

import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.capture.OutreachEventId;
import eu.projectresolution.mobilisation.pathway.AppointmentId;
import eu.projectresolution.mobilisation.pathway.ReferralId;
import eu.projectresolution.mobilisation.programme.CollaborativeActionId;
import eu.projectresolution.mobilisation.programme.SiteEventId;
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

  public SeededIds(long seed) {
    this.random = new Random(seed);
  }

  public UUID next() {
    long most = (random.nextLong() & ~0xF000L) | 0x4000L;
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
