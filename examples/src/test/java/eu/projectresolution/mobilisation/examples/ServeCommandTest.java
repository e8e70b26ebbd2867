package eu.projectresolution.mobilisation.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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

  /** Run as a user runs it, so that a library's log on the console would show too. */
  @Test
  void aPortInUseIsOneLineAndNothingElse() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      ProgramProcess served = ProgramProcess.run(Map.of(), "serve", "--in-memory", "--port", String.valueOf(taken.getLocalPort()));

      assertThat(served.exitCode()).isEqualTo(Main.FAILED);
      assertThat(served.output().lines()).singleElement().asString()
          .startsWith("error: Could not listen on 127.0.0.1:" + taken.getLocalPort() + " (")
          .endsWith("): choose another --port, or stop the program that uses it");
    }
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
