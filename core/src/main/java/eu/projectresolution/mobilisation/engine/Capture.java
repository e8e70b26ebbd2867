package eu.projectresolution.mobilisation.engine;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.base.Preconditions;
import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.MatchingKey;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.beneficiary.Profile;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import eu.projectresolution.mobilisation.programme.StaffRole;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Starts a person's pathway: someone met for the first time, for a programme, through a
 * {@link eu.projectresolution.mobilisation.capture.Contact} (a Recrut'Café, door-to-door, a walk-in...).
 * Personal details, if given, go to the personal-data store only.
 *
 * <pre>{@code
 * engine.capture(tenant, Capture.builder()
 *     .beneficiaryId(BeneficiaryId.random())
 *     .programmeId(ProgrammeId.of("sipa-montbeliard"))
 *     .profile(Profile.builder().gender(Gender.WOMAN).birthYear(1998).neet(true).build())
 *     .contact(contact)
 *     .build());
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCapture.class)
@JsonDeserialize(as = ImmutableCapture.class)
public non-sealed interface Capture extends PathwayCommand {
  /** Defaults to a new random id: set it explicitly to make retries idempotent. */
  @Override
  @Value.Default
  default CommandId commandId() {
    return CommandId.timeOrdered();
  }

  @Override
  BeneficiaryId beneficiaryId();

  ProgrammeId programmeId();

  Profile profile();

  Contact contact();

  /** Names and contact details, stored apart from the pathway. */
  Optional<PersonalDetails> personalDetails();

  /**
   * The key that recognises this person when met again (see {@link
   * eu.projectresolution.mobilisation.beneficiary.IdentityMatcher}), stored with the personal details
   * in the same atomic step as the capture and erased with them. A capture whose key another person
   * of the tenant already holds is refused ({@code BENEFICIARY_ALREADY_CAPTURED}): record a new
   * contact for that person instead.
   */
  Optional<MatchingKey> matchingKey();

  @Value.Check
  default void checkMatchingKeyHasDetails() {
    Preconditions.checkArgument(
        matchingKey().isEmpty() || personalDetails().isPresent(),
        "a capture's matchingKey is kept only beside its personalDetails: give the personal details too");
  }

  /** The day of the contact. */
  @Override
  default LocalDate occurredOn() {
    return contact().on();
  }

  /** The staff role that made the contact. */
  @Override
  default StaffRole actor() {
    return contact().staffRole();
  }

  @Override
  default <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableCapture.Builder {}
}
