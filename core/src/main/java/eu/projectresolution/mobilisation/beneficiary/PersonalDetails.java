package eu.projectresolution.mobilisation.beneficiary;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What identifies a person: names, phone, e-mail, exact birth date and counsellors' free-text notes.
 * It is stored only behind the {@link eu.projectresolution.mobilisation.port.PersonalData} port, keyed
 * by the pseudonymous {@link BeneficiaryId}, never in pathways or statistics, and can be erased on
 * request without changing any figure. {@link #toString()} never prints the values.
 *
 * <p>The attendance register of a Recrut'Café keeps these details so that every participant who agreed
 * can be contacted again with an adapted proposal.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePersonalDetails.class)
@JsonDeserialize(as = ImmutablePersonalDetails.class)
public interface PersonalDetails {
  @Value.Redacted
  Optional<String> givenName();

  @Value.Redacted
  Optional<String> familyName();

  @Value.Redacted
  Optional<String> phone();

  @Value.Redacted
  Optional<String> email();

  @Value.Redacted
  Optional<LocalDate> birthDate();

  /** Free-text notes by counsellors; personal by nature, so kept here and nowhere else. */
  @Value.Redacted
  Optional<String> notes();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutablePersonalDetails.Builder {}
}
