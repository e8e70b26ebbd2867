package eu.projectresolution.mobilisation.beneficiary;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.internal.Checks;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What identifies a person: names, phone, e-mail, exact birth date and counsellors' free-text notes.
 * It is stored only behind the {@link eu.projectresolution.mobilisation.port.PersonalData} port, keyed
 * by the pseudonymous {@link BeneficiaryId}, never in pathways or statistics, and can be erased on
 * request without changing any figure. Its {@code toString()} never prints the values.
 *
 * <p>The attendance register of a Recrut'Café keeps these details so that every participant who agreed
 * can be contacted again with an adapted proposal.
 *
 * <p>Names are kept in Unicode normalisation form C: "Zoé" typed with a precomposed {@code é} (as most
 * keyboards do) and with an {@code e} followed by a combining accent (as macOS and some spreadsheets write
 * it) are one name, so the built details are equal and a store keeps one form. Nothing else is changed:
 * spaces, case and every other character stay as given. Limits, in characters (code points): given and
 * family names 200, phone 40, e-mail 254 (the longest address RFC 5321 allows), notes 20,000. Text holding
 * a lone UTF-16 surrogate (half of an emoji) is refused, as everywhere in the engine.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePersonalDetails.class)
@JsonDeserialize(as = ImmutablePersonalDetails.class)
public interface PersonalDetails {
  /** In NFC; at most 200 characters. */
  @Value.Redacted
  Optional<String> givenName();

  /** In NFC; at most 200 characters. */
  @Value.Redacted
  Optional<String> familyName();

  /** As typed, spaces and prefix included; at most 40 characters. */
  @Value.Redacted
  Optional<String> phone();

  /** At most 254 characters. */
  @Value.Redacted
  Optional<String> email();

  @Value.Redacted
  Optional<LocalDate> birthDate();

  /**
   * Free-text notes by counsellors; personal by nature, so kept here and nowhere else. At most 20,000
   * characters.
   */
  @Value.Redacted
  Optional<String> notes();

  /**
   * Refuses malformed or over-long text, naming the field but never printing its value, and returns the
   * details with their names in NFC (this instance when they already are).
   */
  @Value.Check
  default PersonalDetails check() {
    Checks.checkText(givenName(), "personalDetails.givenName", Checks.NAME);
    Checks.checkText(familyName(), "personalDetails.familyName", Checks.NAME);
    Checks.checkText(phone(), "personalDetails.phone", Checks.PHONE);
    Checks.checkText(email(), "personalDetails.email", Checks.EMAIL);
    Checks.checkText(notes(), "personalDetails.notes", Checks.NOTES);
    Optional<String> given = givenName().map(PersonalDetails::nfc);
    Optional<String> family = familyName().map(PersonalDetails::nfc);
    if (given.equals(givenName()) && family.equals(familyName())) {
      return this;
    }
    return builder().from(this).givenName(given).familyName(family).build();
  }

  private static String nfc(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutablePersonalDetails.Builder {}
}
