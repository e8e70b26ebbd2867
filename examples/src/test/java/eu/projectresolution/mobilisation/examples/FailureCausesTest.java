package eu.projectresolution.mobilisation.examples;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.examples.text.Words;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A full disk, a connection to the database lost, or running out of memory, is told as such, whatever
 * the store's own message says: the replay on a full disk ended with "Could not confirm the commit ...
 * it may or may not have been recorded", true but no help to the user. (Checked by hand on a 6 MB tmpfs; a test cannot fill a disk on every machine.)
 */
class FailureCausesTest {
  @Test
  void aWriteWithNoSpaceLeftDeepInLoopedCausesIsAFullDisk() {
    // As H2 reports it: the commit's SQLException, caused by its store's failure, which it also links
    // back as suppressed, the system's IOException below.
    IOException noSpace = new IOException("No space left on device");
    IllegalStateException storeFailure = new IllegalStateException("Writing to FileChannelImpl@2b5c failed", noSpace);
    SQLException commit = new SQLException("General error: " + storeFailure.getMessage(), "HY000", 50000, storeFailure);
    noSpace.addSuppressed(storeFailure);
    storeFailure.addSuppressed(commit);
    RuntimeException notConfirmed = new IllegalStateException("Could not confirm the commit", commit);

    assertThat(Main.diskFull(notConfirmed)).isTrue();
  }

  @Test
  void aPostgresqlServerWithAFullDiskIsAFullDisk() {
    SQLException server = new SQLException("could not extend file \"base/16384/16385\"", "53100");

    assertThat(Main.diskFull(new IllegalStateException("Could not append", server))).isTrue();
  }

  @Test
  void aConnectionThatBrokeIsALostConnectionAndNotAFullDisk() {
    SQLException broke = new SQLException("An I/O error occurred while sending to the backend.", "08006");
    IllegalStateException append = new IllegalStateException("Could not append the events of 497 commands", broke);

    assertThat(Main.connectionLost(append)).isTrue();
    assertThat(Main.diskFull(append)).isFalse();
    assertThat(Main.connectionLost(new IllegalStateException("Could not append",
        new SQLException("could not extend file", "53100")))).isFalse();
  }

  @Test
  void causesLinkedInALoopAreEachLookedAtOnce() {
    IllegalStateException store = new IllegalStateException("store failed");
    SQLException commit = new SQLException("General error", "HY000", 50000, store);
    store.initCause(commit);

    assertThat(Main.diskFull(commit)).isFalse();
    assertThat(Main.connectionLost(commit)).isFalse();
    assertThat(Causes.root(commit)).as("the root cause, where Guava's getRootCause throws").isSameAs(store);
  }

  /**
   * As the program met it, with {@code -Xmx8m}: H2 ran out of memory opening its file, the pool failed to
   * start, and the program's own message said it could not connect (check the URL, the server...).
   */
  @Test
  void runningOutOfMemoryIsToldAsSuchWhateverTheProgramsOwnMessageSaid() {
    SQLException h2 = new SQLException("OutOfMemoryError", "HY000", 90108, new OutOfMemoryError());
    RuntimeException pool = new IllegalStateException("Failed to initialize pool: OutOfMemoryError", h2);
    CommandFailure connecting = new CommandFailure("Cannot connect to the database /tmp/data (embedded H2 database):"
        + " OutOfMemoryError; check the URL, that the server is running and reachable, and the user and password", pool);

    assertThat(Main.explanation(connecting, Words.of(Locale.ENGLISH), false))
        .startsWith("error: The program ran out of memory (").doesNotContain("connect");
    assertThat(Main.explanation(new CommandFailure("Cannot connect to the database /tmp/data"), Words.of(Locale.ENGLISH),
        false)).as("the same message without it").startsWith("error: Cannot connect");
  }

  @Test
  void otherFailuresAreNot() {
    assertThat(Main.diskFull(new IllegalStateException("Could not append",
        new SQLTransientConnectionException("Connection refused", "08001")))).isFalse();
    assertThat(Main.diskFull(new UncheckedIOException(new IOException("Permission denied")))).isFalse();
    assertThat(Main.diskFull(new IllegalStateException("No space left on device"))).isFalse();
  }
}
