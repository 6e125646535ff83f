package dev.clearance.artifacts.checkpoint;

import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** File-level helpers of {@link CheckpointFolderInspector}: containment, size caps, names. */
final class FolderFiles {

  private static final List<String> PICKLE =
      List.of(".bin", ".pt", ".pth", ".ckpt", ".pkl", ".pickle");

  private FolderFiles() {}

  /** The real path of a top-level file, refused when a symbolic link leads outside the folder. */
  static Path insideFolder(Path folder, Path file) throws InputException {
    try {
      Path real = file.toRealPath();
      if (!real.startsWith(folder.toRealPath())) {
        throw new InputException(
            file.toString(),
            0,
            "is a symbolic link leading outside the folder (to " + real + "); not read",
            "copy the file into the folder (for the Hugging Face cache, download with --local-dir)");
      }
      return real;
    } catch (IOException unreadable) {
      throw HeaderInput.unreadable(file.toString(), unreadable);
    }
  }

  static Path realPath(Path file) {
    try {
      return file.toRealPath();
    } catch (IOException unreadable) {
      return file;
    }
  }

  static byte[] read(Path file, InputLimits jsonLimits) throws InputException {
    try {
      long size = Files.size(file);
      if (size > jsonLimits.maxFileBytes()) {
        throw new InputException(
            file.toString(),
            0,
            "file of %d bytes is larger than the limit of %d"
                .formatted(size, jsonLimits.maxFileBytes()),
            "see docs/input-limits.md");
      }
      return Files.readAllBytes(file);
    } catch (IOException unreadable) {
      throw HeaderInput.unreadable(file.toString(), unreadable);
    }
  }

  static boolean isPickle(String name) {
    return PICKLE.stream().anyMatch(name::endsWith);
  }

  static String lower(Path path) {
    Path name = path.getFileName();
    return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
  }
}
