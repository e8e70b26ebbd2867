package eu.projectresolution.mobilisation.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} refuses, in one line and before it opens any store, keys and tokens that would not protect anyone. */
class ServeCommandTest {
  @TempDir Path dir;

  private String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new String[] {String.valueOf(code), out.toString(), err.toString()};
  }

  @Test
  void aShortKeyIsRefusedNamingTheTenantAndNothingIsCreated() {
    Path data = dir.resolve("data");
    String[] ran = run("serve", "--data-dir", data.toString(), "--port", "0", "--api-key", "ideis=secret");

    assertThat(ran[0]).isEqualTo(String.valueOf(Main.FAILED));
    assertThat(ran[2].lines()).containsExactly("error: --api-key: The API key of tenant ideis must be at least 16 printable "
        + "ASCII characters without spaces: generate one, e.g. with 'openssl rand -hex 24'");
    assertThat(Files.exists(data)).isFalse();
  }

  @Test
  void aLanguageTheProgramDoesNotSpeakIsRefusedBeforeAnyStoreIsCreated() {
    Path data = dir.resolve("data");
    String[] ran = run("serve", "--data-dir", data.toString(), "--port", "0", "--language", "de");

    assertThat(ran[0]).isEqualTo(String.valueOf(Main.USAGE));
    assertThat(ran[2].lines()).containsExactly("error: --language de is not a language the program speaks: use one of "
        + "[en, fr, es, it]");
    assertThat(Files.exists(data)).isFalse();
  }

  @Test
  void aPagesTokenTooShortToBeASecretIsRefusedBeforeAnyStoreIsCreated() {
    Path data = dir.resolve("data");
    String[] ran = run("serve", "--data-dir", data.toString(), "--port", "0", "--pages-token", "letmein");

    assertThat(ran[0]).isEqualTo(String.valueOf(Main.FAILED));
    assertThat(ran[2]).contains("--pages-token: The pages' token must be at least 16");
    assertThat(Files.exists(data)).isFalse();
  }

  @Test
  void twoTenantsSharingAKeyAreRefused() {
    String[] ran = run("serve", "--in-memory", "--api-key", "ideis=0123456789abcdefgh", "--api-key", "defi=0123456789abcdefgh");

    assertThat(ran[0]).isEqualTo(String.valueOf(Main.FAILED));
    assertThat(ran[2]).contains("same API key");
  }
}
