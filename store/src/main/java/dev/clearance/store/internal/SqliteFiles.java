package dev.clearance.store.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The file behind a {@code jdbc:sqlite:} URL. */
public final class SqliteFiles {

  private SqliteFiles() {}

  /**
   * The database file of {@code url}.
   *
   * @throws IllegalArgumentException for in-memory databases, which a pool cannot share
   */
  public static Path file(String url) {
    String rest = url.substring("jdbc:sqlite:".length());
    int query = rest.indexOf('?');
    if (query >= 0) {
      rest = rest.substring(0, query);
    }
    if (rest.startsWith("file:")) {
      rest = rest.substring("file:".length());
    }
    if (rest.isEmpty() || rest.equals(":memory:") || rest.contains("mode=memory")) {
      throw new IllegalArgumentException(
          "SQLite URL '"
              + url
              + "' names no file: in-memory databases are not shared by a connection pool;"
              + " give jdbc:sqlite:<path to a file>");
    }
    return Path.of(rest);
  }

  /** Creates the folder that will hold the database file, if missing. */
  public static void createParentFolder(String url) {
    Path parent = file(url).toAbsolutePath().getParent();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data folder " + parent, e);
    }
  }
}
