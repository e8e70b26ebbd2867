package eu.projectresolution.mobilisation.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdentityMatcherTest {
  private static final byte[] SECRET = "a host's secret of 32 bytes long".getBytes(StandardCharsets.UTF_8);
  private final IdentityMatcher matcher = IdentityMatcher.withSecret(SECRET);

  private static PersonalDetails person(String given, String family, String phone) {
    return PersonalDetails.builder().givenName(given).familyName(family).phone(phone).build();
  }

  @Test
  void recognisesTheSamePersonWrittenInAnotherUnicodeFormCaseOrSpacing() {
    MatchingKey nfc = matcher.keyOf(person("Hélène", "Benali", "06 39 98 12 34")).orElseThrow();

    assertThat(matcher.keyOf(person("He\u0301le\u0300ne", "Benali", "06 39 98 12 34")))
        .as("NFD: e followed by a combining acute accent").contains(nfc);
    assertThat(matcher.keyOf(person("  HÉLÈNE ", " BENALI", "06.39.98.12.34"))).contains(nfc);
    assertThat(matcher.keyOf(person("Hélène", "Benali", "0639981234"))).contains(nfc);
    assertThat(matcher.keyOf(PersonalDetails.builder().givenName("Hélène").familyName("Ben\u00A0ali").phone("0639981234").build()))
        .isEqualTo(matcher.keyOf(person("Hélène", "Ben ali", "0639981234")));
  }

  @Test
  void tellsDifferentPeopleAndDifferentFieldsApart() {
    MatchingKey amina = matcher.keyOf(person("Amina", "Benali", "06 39 98 12 34")).orElseThrow();

    assertThat(matcher.keyOf(person("Amina", "Benali", "06 39 98 12 35"))).isNotEqualTo(Optional.of(amina));
    assertThat(matcher.keyOf(person("Amina Benali", "", "06 39 98 12 34"))).as("the same letters in other fields")
        .isNotEqualTo(Optional.of(amina));
    assertThat(matcher.keyOf(PersonalDetails.builder().from(person("Amina", "Benali", "06 39 98 12 34"))
        .birthDate(LocalDate.of(1998, 2, 14)).build())).isNotEqualTo(Optional.of(amina));
  }

  @Test
  void needsANameAndSomethingMoreToIdentifyAPerson() {
    assertThat(matcher.keyOf(PersonalDetails.builder().givenName("Amina").familyName("Benali").build())).isEmpty();
    assertThat(matcher.keyOf(PersonalDetails.builder().phone("06 39 98 12 34").build())).isEmpty();
    assertThat(matcher.keyOf(PersonalDetails.builder().familyName("Benali").email("a@example.org").build())).isPresent();
    assertThat(matcher.keyOf(PersonalDetails.builder().givenName("Amina").birthDate(LocalDate.of(1998, 2, 14)).build()))
        .isPresent();
  }

  @Test
  void aNameAloneIsRecognisedOnlyOnTheSameOccasion() {
    PersonalDetails named = PersonalDetails.builder().givenName("Amina").familyName("Benali").build();

    MatchingKey atHallB = matcher.keyOf(named, "2018-03-15|Hall B");
    assertThat(matcher.keyOf(PersonalDetails.builder().givenName("AMINA").familyName("Benali").build(), "2018-03-15|Hall B"))
        .isEqualTo(atHallB);
    assertThat(matcher.keyOf(named, "2018-04-02|Market")).isNotEqualTo(atHallB);
  }

  @Test
  void theKeyDependsOnTheSecretAndSaysNothingWithoutIt() {
    PersonalDetails amina = person("Amina", "Benali", "06 39 98 12 34");
    byte[] another = new byte[32];
    new SecureRandom().nextBytes(another);

    assertThat(IdentityMatcher.withSecret(another).keyOf(amina)).isNotEqualTo(matcher.keyOf(amina));
    assertThat(matcher.keyOf(amina).orElseThrow().value()).matches("[0-9a-f]{64}");
    assertThat(matcher.keyOf(amina).orElseThrow().toString()).isEqualTo("MatchingKey[redacted]");
    assertThat(matcher.toString()).doesNotContain(new String(SECRET, StandardCharsets.UTF_8));
  }

  @Test
  void keepsItsOwnCopyOfTheSecret() {
    byte[] secret = Arrays.copyOf(SECRET, SECRET.length);
    IdentityMatcher copy = IdentityMatcher.withSecret(secret);
    Arrays.fill(secret, (byte) 0);

    PersonalDetails amina = person("Amina", "Benali", "06 39 98 12 34");
    assertThat(copy.keyOf(amina)).isEqualTo(matcher.keyOf(amina));
  }

  @Test
  void refusesASecretTooShortToKeepTheKeysUnguessable() {
    assertThatThrownBy(() -> IdentityMatcher.withSecret(new byte[15]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("15 bytes")
        .hasMessageContaining("at least 16");
  }

  @Test
  void refusesAMalformedKey() {
    assertThatThrownBy(() -> MatchingKey.of("not hex")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hexadecimal");
  }
}
