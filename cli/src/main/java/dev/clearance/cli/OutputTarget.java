package dev.clearance.cli;

import dev.clearance.document.InputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Where a command writes what it made: standard output, or a file (optionally not overwritten). */
final class OutputTarget {

  private OutputTarget() {}

  /** Prints the text to standard output. */
  static void print(PrintWriter out, String text) {
    out.print(text);
    out.flush();
  }

  /**
   * Writes the text to a file as UTF-8.
   *
   * @param overwrite whether an existing file may be replaced
   * @throws InputException when the file exists and may not be replaced, or cannot be written
   */
  static void write(Path file, String text, boolean overwrite) throws InputException {
    try {
      if (overwrite) {
        Files.writeString(file, text, StandardCharsets.UTF_8);
      } else {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      }
    } catch (java.nio.file.FileAlreadyExistsException exists) {
      throw new InputException(
          file.toString(),
          0,
          "the file already exists",
          "pass --force to replace it, or --output another file");
    } catch (IOException e) {
      throw new InputException(
          file.toString(),
          0,
          "cannot write: " + e.getMessage(),
          "pass --output a file in an existing, writable folder");
    }
  }
}
