package dev.clearance.dossier;

import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import dev.clearance.document.TextDecoding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Safe access to the files of one release folder: nothing outside the folder is read (symbolic
 * links that lead out of it are skipped, links to folders are not followed while walking), FIFOs,
 * devices and sockets are skipped without being opened, and files larger than {@link
 * InputLimits#maxFileBytes()} are refused. Files are named for the user as the folder was given
 * plus the path inside it ({@code models/tiny/README.md}).
 */
final class ReleaseFolder {

  /** Directory entries looked at by one {@link #walk}, so a huge tree cannot stall a check. */
  static final int MAX_WALK_ENTRIES = 20_000;

  /** A file that may be read: its name for the user and its real location inside the folder. */
  record FolderFile(String display, Path real) {}

  private final Path given;
  private final Path root;
  private final InputLimits limits;
  private final Consumer<SkippedFile> skipped;

  /**
   * @param given the folder as the user named it
   * @throws InputException when the folder cannot be resolved
   */
  ReleaseFolder(Path given, InputLimits limits, Consumer<SkippedFile> skipped)
      throws InputException {
    this.given = given;
    this.limits = limits;
    this.skipped = skipped;
    try {
      this.root = given.toRealPath();
    } catch (IOException unreadable) {
      throw new InputException(
          given.toString(), 0, "cannot open the folder: " + describe(unreadable), "");
    }
  }

  /** How a path inside the folder is shown to the user. */
  String display(String relative) {
    return given.resolve(relative).toString();
  }

  /**
   * The file at {@code relative} if it is a regular file inside the folder. A missing file is
   * empty; a link out of the folder, a FIFO, device or socket is reported as skipped and empty.
   */
  Optional<FolderFile> file(String relative) {
    Path path = root.resolve(relative);
    String display = display(relative);
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    Path real;
    try {
      real = path.toRealPath();
    } catch (NoSuchFileException dangling) {
      skip(display, "is a symbolic link to a file that does not exist");
      return Optional.empty();
    } catch (IOException unreadable) {
      skip(display, "cannot be resolved: " + describe(unreadable));
      return Optional.empty();
    }
    if (!real.startsWith(root)) {
      skip(display, "leads outside the folder (symbolic link to " + real + "); not followed");
      return Optional.empty();
    }
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException unreadable) {
      skip(display, "cannot be read: " + describe(unreadable));
      return Optional.empty();
    }
    if (attributes.isDirectory()) {
      return Optional.empty();
    }
    if (!attributes.isRegularFile()) {
      skip(display, "is not a regular file (a FIFO, device or socket); not opened");
      return Optional.empty();
    }
    return Optional.of(new FolderFile(display, real));
  }

  /**
   * Reads a whole file and decodes it as UTF-8.
   *
   * @throws InputException when the file is larger than the limit, cannot be read, or is not UTF-8
   */
  String text(FolderFile file) throws InputException {
    return TextDecoding.utf8(file.display(), bytes(file, limits.maxFileBytes(), true));
  }

  /**
   * Reads at most {@code maxBytes} from the start of a file, whatever its size.
   *
   * @throws InputException when the file cannot be read
   */
  byte[] prefix(FolderFile file, int maxBytes) throws InputException {
    return bytes(file, maxBytes, false);
  }

  private byte[] bytes(FolderFile file, long maxBytes, boolean whole) throws InputException {
    try {
      if (whole && Files.size(file.real()) > maxBytes) {
        throw tooLarge(file, Files.size(file.real()));
      }
      try (InputStream in =
          Channels.newInputStream(
              Files.newByteChannel(
                  file.real(), StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
        byte[] read = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (read.length > maxBytes) {
          if (whole) {
            throw tooLarge(file, read.length);
          }
          return java.util.Arrays.copyOf(read, (int) maxBytes);
        }
        return read;
      }
    } catch (IOException unreadable) {
      throw new InputException(
          file.display(),
          0,
          "cannot read the file: " + describe(unreadable),
          "check that the file exists and is readable");
    }
  }

  private InputException tooLarge(FolderFile file, long size) {
    return new InputException(
        file.display(),
        0,
        "file of %d bytes is larger than the limit of %d bytes"
            .formatted(size, limits.maxFileBytes()),
        "this file should be small; check that it is the right file (see docs/input-limits.md)");
  }

  /**
   * Regular files inside the folder whose names match, at most {@code maxDepth} folders below it,
   * sorted by path. Hidden folders ({@code .git}, {@code .cache}) and links to folders are not
   * entered. Stops after {@link #MAX_WALK_ENTRIES} entries and reports that as skipped.
   *
   * @return paths relative to the folder, with {@code /} separators
   */
  List<String> walk(int maxDepth, Predicate<String> fileName) {
    List<String> found = new ArrayList<>();
    Deque<String> folders = new ArrayDeque<>();
    folders.add("");
    int seen = 0;
    while (!folders.isEmpty()) {
      String folder = folders.poll();
      int depth = folder.isEmpty() ? 0 : folder.split("/").length;
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(root.resolve(folder))) {
        for (Path entry : entries) {
          if (++seen > MAX_WALK_ENTRIES) {
            skip(
                display(folder),
                "has more than %d entries within %d levels; stopped looking for result files there"
                    .formatted(MAX_WALK_ENTRIES, maxDepth));
            found.sort(Comparator.naturalOrder());
            return found;
          }
          String name = entry.getFileName().toString();
          String relative = folder.isEmpty() ? name : folder + "/" + name;
          if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
            if (depth < maxDepth && !name.startsWith(".")) {
              folders.add(relative);
            }
          } else if (fileName.test(name)) {
            found.add(relative);
          }
        }
      } catch (IOException unreadable) {
        skip(display(folder), "cannot be listed: " + describe(unreadable));
      }
    }
    found.sort(Comparator.naturalOrder());
    return found;
  }

  /** Names of the entries directly in a folder inside the release folder, sorted. */
  List<String> list(String folder, Predicate<String> fileName) {
    Path path = root.resolve(folder);
    if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (fileName.test(name) && names.size() < MAX_WALK_ENTRIES) {
          names.add(folder.isEmpty() ? name : folder + "/" + name);
        }
      }
    } catch (IOException unreadable) {
      skip(display(folder), "cannot be listed: " + describe(unreadable));
    }
    names.sort(Comparator.naturalOrder());
    return names;
  }

  void skip(String display, String reason) {
    skipped.accept(new SkippedFile(display, reason));
  }

  private static String describe(IOException problem) {
    String name = problem.getClass().getSimpleName().replace("Exception", "");
    return problem.getMessage() == null ? name : name + " (" + problem.getMessage() + ")";
  }
}
