package eu.projectresolution.mobilisation.examples;

import eu.projectresolution.mobilisation.beneficiary.IdentityMatcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The secret the command-line program keys matching keys with (see {@link IdentityMatcher}): the one
 * in environment variable {@value #VARIABLE} (base64) if it is set, else, for a store in memory, a new
 * random one for the run, else the one in file {@value #FILE_NAME} of the data directory, created with
 * 32 random bytes on first use, readable by its owner only where the file system says who may read.
 *
 * <p>Whoever holds the secret and a person's identity can find whether that person is in the store:
 * keep the file apart from copies of the database, and never lose it (without it the people already
 * recorded are not recognised again).
 */
final class MatchingSecret {
  /** The environment variable that gives the secret, in base64. */
  static final String VARIABLE = "MOBILISATION_MATCHING_SECRET";

  /** The file of the data directory that keeps the secret when the variable is not set. */
  static final String FILE_NAME = "matching-secret";

  private static final int NEW_SECRET_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private MatchingSecret() {}

  /**
   * The matcher for a store: from {@code variable} (the environment's value of {@value #VARIABLE}) if
   * set, else a random secret if {@code inMemory}, else the secret of file {@code file}, created if
   * missing.
   */
  static IdentityMatcher matcher(Optional<String> variable, boolean inMemory, Path file) {
    if (variable.isPresent() && !variable.get().isBlank()) {
      return matcher(decode(variable.get(), "environment variable " + VARIABLE), "environment variable " + VARIABLE);
    }
    if (inMemory) {
      return IdentityMatcher.withSecret(newSecret());
    }
    return matcher(readOrCreate(file), file.toString());
  }

  private static IdentityMatcher matcher(byte[] secret, String where) {
    try {
      return IdentityMatcher.withSecret(secret);
    } catch (IllegalArgumentException e) {
      throw new CommandFailure("The secret in " + where + " is not usable: " + e.getMessage(), e);
    }
  }

  private static byte[] readOrCreate(Path file) {
    try {
      if (!Files.exists(file)) {
        create(file);
      }
      return decode(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
    } catch (IOException e) {
      throw new CommandFailure("Cannot read or create the matching secret " + file + ": " + e.getMessage()
          + "; check that the directory is writable, or set " + VARIABLE, e);
    }
  }

  /**
   * Writes a new secret to a temporary file of the same directory, then links it under its name, which
   * fails if another run got there first: a reader never sees a half-written secret.
   */
  private static void create(Path file) throws IOException {
    Path directory = file.toAbsolutePath().getParent();
    Files.createDirectories(directory);
    Path temporary =
        Files.getFileStore(directory).supportsFileAttributeView("posix")
            ? Files.createTempFile(directory, "." + FILE_NAME, ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
            : Files.createTempFile(directory, "." + FILE_NAME, ".tmp");
    try {
      Files.writeString(temporary, Base64.getEncoder().encodeToString(newSecret()) + "\n", StandardCharsets.US_ASCII);
      try {
        Files.createLink(file, temporary);
      } catch (UnsupportedOperationException e) {
        Files.move(temporary, file);
      }
    } catch (FileAlreadyExistsException e) {
      // another run created it first: use theirs
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static byte[] newSecret() {
    byte[] secret = new byte[NEW_SECRET_BYTES];
    RANDOM.nextBytes(secret);
    return secret;
  }

  private static byte[] decode(String text, String where) {
    try {
      return Base64.getDecoder().decode(text.strip());
    } catch (IllegalArgumentException e) {
      throw new CommandFailure("The secret in " + where + " is not base64: give at least 16 random bytes in base64,"
          + " e.g. the output of 'head -c 32 /dev/urandom | base64'", e);
    }
  }
}
