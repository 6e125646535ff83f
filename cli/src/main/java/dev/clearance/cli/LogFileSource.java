package dev.clearance.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import dev.clearance.document.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.NoSuchElementException;

/**
 * Reads a file written by {@code clearance log export}: a first line {@code {"checkpoint": "<signed
 * note>"}}, then one entry per line ({@link LogRecord}). Streams: one line at a time.
 */
final class LogFileSource implements LogSource {

  private static final String HINT =
      "Pass a file written by 'clearance log export' (one JSON object per line).";

  private final Path file;
  private final InputStream input;
  private final MappingIterator<JsonNode> values;
  private final byte[] note;

  private LogFileSource(
      Path file, InputStream input, MappingIterator<JsonNode> values, byte[] note) {
    this.file = file;
    this.input = input;
    this.values = values;
    this.note = note;
  }

  /**
   * Opens {@code file} and reads its checkpoint line.
   *
   * @throws InputException if it cannot be read or does not start with a checkpoint line
   */
  static LogFileSource open(Path file) throws InputException {
    InputStream input;
    try {
      input = Files.newInputStream(file);
    } catch (IOException e) {
      throw new InputException(file.toString(), 0, "cannot read: " + e.getMessage(), HINT, e);
    }
    try {
      MappingIterator<JsonNode> values =
          LogJson.mapper().readerFor(JsonNode.class).readValues(input);
      if (!values.hasNextValue()) {
        throw new InputException(file.toString(), 1, "the file is empty", HINT);
      }
      JsonNode first = values.nextValue();
      JsonNode checkpoint = first.get("checkpoint");
      if (checkpoint == null || !checkpoint.isTextual()) {
        throw new InputException(
            file.toString(), 1, "the first line must be {\"checkpoint\": \"<signed note>\"}", HINT);
      }
      return new LogFileSource(
          file, input, values, checkpoint.textValue().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      close(input);
      throw new InputException(
          file.toString(), line(e), "not JSON lines: " + e.getMessage(), HINT, e);
    } catch (InputException e) {
      close(input);
      throw e;
    }
  }

  @Override
  public byte[] checkpointNote() {
    return note.clone();
  }

  @Override
  public boolean hasNext() {
    try {
      return values.hasNextValue();
    } catch (IOException e) {
      throw new Failure(
          new InputException(
              file.toString(), line(e), "not JSON lines: " + e.getMessage(), HINT, e));
    }
  }

  @Override
  public LogRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    JsonLocation location = values.getCurrentLocation();
    try {
      return LogRecord.of(values.nextValue());
    } catch (IOException e) {
      throw new Failure(
          new InputException(
              file.toString(), line(e), "not JSON lines: " + e.getMessage(), HINT, e));
    } catch (IllegalArgumentException e) {
      throw new Failure(
          new InputException(
              file.toString(),
              location == null ? 0 : location.getLineNr(),
              e.getMessage(),
              HINT,
              e));
    }
  }

  @Override
  public void close() {
    close(input);
  }

  private static void close(InputStream input) {
    try {
      input.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int line(IOException e) {
    return e instanceof JsonProcessingException json && json.getLocation() != null
        ? Math.max(0, json.getLocation().getLineNr())
        : 0;
  }
}
