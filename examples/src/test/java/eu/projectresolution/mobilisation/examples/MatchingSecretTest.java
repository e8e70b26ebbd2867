package eu.projectresolution.mobilisation.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.projectresolution.mobilisation.beneficiary.IdentityMatcher;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchingSecretTest {
  private static final PersonalDetails AMINA =
      PersonalDetails.builder().givenName("Amina").familyName("Benali").phone("06 39 98 12 34").build();

  @TempDir Path dir;

  @Test
  void theEnvironmentVariableWinsOverTheFile() {
    byte[] secret = "thirty-two bytes of host secret!".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    Path file = dir.resolve(MatchingSecret.FILE_NAME);

    IdentityMatcher fromVariable =
        MatchingSecret.matcher(Optional.of(Base64.getEncoder().encodeToString(secret)), false, file);

    assertThat(fromVariable.keyOf(AMINA)).isEqualTo(IdentityMatcher.withSecret(secret).keyOf(AMINA));
    assertThat(file).doesNotExist();
  }

  @Test
  void aStoreInMemoryGetsANewSecretEachRunAndNoFile() {
    Path file = dir.resolve(MatchingSecret.FILE_NAME);

    assertThat(MatchingSecret.matcher(Optional.empty(), true, file).keyOf(AMINA))
        .isNotEqualTo(MatchingSecret.matcher(Optional.empty(), true, file).keyOf(AMINA));
    assertThat(file).doesNotExist();
  }

  @Test
  void theFileIsCreatedOnceThenRead() throws Exception {
    Path file = dir.resolve("data").resolve(MatchingSecret.FILE_NAME);

    IdentityMatcher first = MatchingSecret.matcher(Optional.empty(), false, file);
    String written = Files.readString(file);
    IdentityMatcher second = MatchingSecret.matcher(Optional.empty(), false, file);

    assertThat(second.keyOf(AMINA)).isEqualTo(first.keyOf(AMINA));
    assertThat(Files.readString(file)).isEqualTo(written);
    try (var left = Files.list(file.getParent())) {
      assertThat(left).as("no temporary file left").containsExactly(file);
    }
  }

  @Test
  void aShortOrMalformedSecretIsRefusedNamingWhereItCameFrom() {
    Path file = dir.resolve(MatchingSecret.FILE_NAME);

    assertThatThrownBy(() -> MatchingSecret.matcher(Optional.of(Base64.getEncoder().encodeToString(new byte[8])), false, file))
        .isInstanceOf(CommandFailure.class)
        .hasMessageContaining(MatchingSecret.VARIABLE).hasMessageContaining("at least 16");
    assertThatThrownBy(() -> MatchingSecret.matcher(Optional.of("not base64!"), false, file))
        .isInstanceOf(CommandFailure.class).hasMessageContaining("not base64");
  }
}
