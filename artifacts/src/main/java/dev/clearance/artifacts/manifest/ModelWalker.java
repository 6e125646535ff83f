package dev.clearance.artifacts.manifest;

import dev.clearance.document.InputException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists the regular files of a model folder (or a single model file) for hashing. Never reads
 * outside the folder: symbolic links are refused unless allowed, and an allowed link must point to
 * a regular file inside the folder. FIFOs, sockets and devices, unreadable files and names a
 * manifest cannot carry (control characters, invalid UTF-8, {@code :} in shard mode) are refused.
 */
public final class ModelWalker {

  private static final int MAX_DEPTH = 256;

  private final Serialization serialization;

  /** A walker applying the given ignore paths, symlink policy and naming rules. */
  public ModelWalker(Serialization serialization) {
    this.serialization = serialization;
  }

  /**
   * The files of the model, in no particular order.
   *
   * @param model a folder, or a single regular file (then its one resource is named {@code .})
   * @throws InputException if the model is missing, or holds a link, special file, unreadable file
   *     or unusable name
   */
  public List<ModelFile> walk(Path model) throws InputException {
    BasicFileAttributes attributes = attributes(model, model);
    if (attributes.isSymbolicLink()) {
      throw new InputException(
          model.toString(),
          0,
          "the model path is a symbolic link",
          "pass the real folder (readlink -f) so that nothing outside it is read");
    }
    if (attributes.isRegularFile()) {
      requireReadable(model);
      return List.of(new ModelFile(".", model, attributes.size()));
    }
    if (!attributes.isDirectory()) {
      throw special(model, model);
    }
    Path root;
    try {
      root = model.toRealPath();
    } catch (IOException failure) {
      throw new InputException(model.toString(), 0, "cannot resolve the folder: " + failure, "");
    }
    List<ModelFile> files = new ArrayList<>();
    walkDirectory(model, root, model, "", 0, files);
    return files;
  }

  private void walkDirectory(
      Path model, Path root, Path directory, String prefix, int depth, List<ModelFile> files)
      throws InputException {
    if (depth > MAX_DEPTH) {
      throw new InputException(
          directory.toString(), 0, "folders nest deeper than " + MAX_DEPTH + " levels", "");
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
      for (Path entry : entries) {
        String fileName = entry.getFileName().toString();
        String name = prefix + fileName;
        if (serialization.ignores(name)) {
          continue;
        }
        checkName(entry, fileName);
        BasicFileAttributes attributes = attributes(model, entry);
        if (attributes.isSymbolicLink()) {
          files.add(followLink(model, root, entry, name));
        } else if (attributes.isDirectory()) {
          walkDirectory(model, root, entry, name + "/", depth + 1, files);
        } else if (attributes.isRegularFile()) {
          requireReadable(entry);
          files.add(new ModelFile(name, entry, attributes.size()));
        } else {
          throw special(model, entry);
        }
      }
    } catch (AccessDeniedException denied) {
      throw new InputException(
          directory.toString(), 0, "cannot list this folder: permission denied", permissionHint());
    } catch (IOException failure) {
      throw new InputException(directory.toString(), 0, "cannot list this folder: " + failure, "");
    }
  }

  private ModelFile followLink(Path model, Path root, Path link, String name)
      throws InputException {
    if (!serialization.allowSymlinks()) {
      throw new InputException(
          link.toString(),
          0,
          "symbolic link inside the model folder",
          "replace it with the file it points to, or pass --allow-symlinks if it stays inside"
              + " the folder");
    }
    Path target;
    try {
      target = link.toRealPath();
    } catch (IOException broken) {
      throw new InputException(link.toString(), 0, "broken symbolic link", "remove or fix it");
    }
    if (!target.startsWith(root)) {
      throw new InputException(
          link.toString(),
          0,
          "symbolic link points outside the model folder, to " + target,
          "copy the file into the folder; Clearance never reads outside it");
    }
    BasicFileAttributes attributes = attributes(model, target);
    if (!attributes.isRegularFile()) {
      throw new InputException(
          link.toString(),
          0,
          "symbolic link to something other than a regular file",
          "only links to regular files are followed");
    }
    requireReadable(target);
    return new ModelFile(name, target, attributes.size());
  }

  private void checkName(Path entry, String fileName) throws InputException {
    for (int index = 0; index < fileName.length(); index++) {
      char character = fileName.charAt(index);
      if (character < 0x20 || character == 0x7f) {
        throw new InputException(
            entry.getParent() + "/" + fileName.replaceAll("\\p{Cntrl}", "?"),
            0,
            "file name contains a control character (code " + (int) character + ")",
            "rename the file; manifests carry names as plain text");
      }
      if (character == '\uFFFD') {
        throw new InputException(
            entry.toString(),
            0,
            "file name is not valid UTF-8",
            "rename the file; manifest names are UTF-8");
      }
      if (character == '\\') {
        throw new InputException(
            entry.toString(),
            0,
            "file name contains a backslash",
            "rename the file; manifests use / as the only separator");
      }
    }
    if (serialization.method() == SerializationMethod.SHARDS && fileName.indexOf(':') >= 0) {
      throw new InputException(
          entry.toString(),
          0,
          "file name contains ':', which shard names (path:start:end) cannot carry",
          "rename the file or sign with serialization 'files'");
    }
  }

  private static BasicFileAttributes attributes(Path model, Path path) throws InputException {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (java.nio.file.NoSuchFileException missing) {
      throw new InputException(
          path.toString(), 0, "no such file or folder", "check the path to the model");
    } catch (IOException failure) {
      throw new InputException(path.toString(), 0, "cannot read attributes: " + failure, "");
    }
  }

  private static void requireReadable(Path file) throws InputException {
    if (!Files.isReadable(file)) {
      throw new InputException(
          file.toString(), 0, "file is not readable: permission denied", permissionHint());
    }
  }

  private static InputException special(Path model, Path entry) {
    return new InputException(
        entry.toString(),
        0,
        "not a regular file or folder (a FIFO, socket or device)",
        "remove it from the model folder; only regular files can be hashed");
  }

  private static String permissionHint() {
    return "make it readable (chmod) for the user running clearance, or move it out of the folder";
  }
}
