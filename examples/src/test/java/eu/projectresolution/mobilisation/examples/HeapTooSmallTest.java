package eu.projectresolution.mobilisation.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A command that needs more memory than the JVM was given ends with one line that says so and how to
 * give more, in the user's language: not a stack trace followed by the notice of a program asked to
 * stop, as it did. The SIPA replay in memory needs well over 16 MB.
 */
class HeapTooSmallTest {
  @Test
  void aReplayThatRunsOutOfMemorySaysSoInOneLineAndHowToGiveMore() throws Exception {
    ProgramProcess english = ProgramProcess.run(List.of("-Xmx16m"), Map.of(), "run", "sipa-montbeliard", "--in-memory",
        "--threads", "1");

    assertThat(english.exitCode()).isEqualTo(1);
    assertThat(english.output()).contains("error: The program ran out of memory (16 MB of heap): run it with more,"
        + " e.g. java -Xmx2g -jar mobilisation-examples.jar followed by the same command")
        .doesNotContain("Exception in thread", "OutOfMemoryError", "asked to stop");
  }

  @Test
  void itSaysSoInTheLanguageAskedFor() throws Exception {
    ProgramProcess french =
        ProgramProcess.run(List.of("-Xmx16m"), Map.of(), "run", "sipa-montbeliard", "--in-memory", "--threads", "1",
            "--language", "fr");

    assertThat(french.exitCode()).isEqualTo(1);
    assertThat(french.output()).contains("Le programme a manqué de mémoire (16 Mo de tas)")
        .doesNotContain("Exception in thread", "arrêté avant la fin");
  }
}
