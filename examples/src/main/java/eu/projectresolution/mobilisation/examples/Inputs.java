package eu.projectresolution.mobilisation.examples;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading and writing the user's files, with errors that say what to check. */
final class Inputs {
  private Inputs() {}

  static byte[] read(Path file) {
    if (Files.isDirectory(file)) {
      throw new CommandFailure("Cannot read " + file + ": it is a directory; give the path of a file");
    }
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new CommandFailure("Cannot read " + file + ": no such file; check the path (relative paths start from "
          + Path.of("").toAbsolutePath() + ")", e);
    } catch (AccessDeniedException e) {
      throw new CommandFailure("Cannot read " + file + ": permission denied; check the file's permissions", e);
    } catch (IOException e) {
      throw new CommandFailure("Cannot read " + file + ": " + e.getMessage() + "; check that it is a readable file", e);
    }
  }

  static void write(Path file, byte[] content) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.write(file, content);
    } catch (AccessDeniedException e) {
      throw new CommandFailure("Cannot write " + file + ": permission denied; choose another place with --output", e);
    } catch (IOException e) {
      throw new CommandFailure("Cannot write " + file + ": " + e.getMessage() + "; choose another place with --output", e);
    }
  }
}
