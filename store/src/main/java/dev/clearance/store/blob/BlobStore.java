package dev.clearance.store.blob;

import dev.clearance.store.internal.Secrets;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Uploaded files under a folder (normally {@code <data folder>/blobs}), addressed by SHA-256:
 * {@code sha256/ab/cd/<hash>}. {@link #put} streams the upload into a temporary file in {@code
 * tmp/} under the same root (same file system), hashing and counting as it goes, forces it to disk
 * and renames it into place with {@link StandardCopyOption#ATOMIC_MOVE}: readers see the whole file
 * or nothing, and a failed or oversized upload leaves nothing behind. Identical content is stored
 * once. Several server instances may share the folder (e.g. a network volume).
 */
public final class BlobStore {

  private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");
  private static final int BUFFER = 64 * 1024;

  private final Path root;
  private final Path tmp;
  private final long maxBytes;

  /**
   * A store under {@code root} (created if missing) refusing uploads over {@code maxBytes}.
   *
   * @throws IOException if the folders cannot be created
   * @throws IllegalArgumentException if {@code maxBytes} is negative
   */
  public BlobStore(Path root, long maxBytes) throws IOException {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("blob size limit " + maxBytes + " is negative");
    }
    this.root = root.toAbsolutePath().normalize();
    this.tmp = this.root.resolve("tmp");
    this.maxBytes = maxBytes;
    Files.createDirectories(this.root.resolve("sha256"));
    Files.createDirectories(tmp);
  }

  /** The store's root folder. */
  public Path root() {
    return root;
  }

  /** The default size limit in bytes. */
  public long maxBytes() {
    return maxBytes;
  }

  /** Stores {@code content} as upload {@code name} with the store's size limit. */
  public StoredBlob put(String name, InputStream content) throws IOException {
    return put(name, content, maxBytes);
  }

  /**
   * Stores {@code content} (read to its end, not closed) as upload {@code name}.
   *
   * @param name the upload's relative name, checked by {@link FileNames#check} before any byte is
   *     read
   * @param limit the most bytes accepted for this upload (e.g. per kind of file); the store's own
   *     limit still applies, so the smaller of the two counts
   * @throws UnsafeFileNameException for an unsafe name
   * @throws BlobTooLargeException if the content exceeds {@code limit}; nothing is kept
   * @throws IOException if reading or writing fails; nothing is kept
   */
  public StoredBlob put(String name, InputStream content, long limit) throws IOException {
    FileNames.check(name);
    if (limit < 0) {
      throw new IllegalArgumentException("size limit " + limit + " is negative");
    }
    long effectiveLimit = Math.min(limit, maxBytes);
    Path temp = Files.createTempFile(tmp, "upload-", ".part");
    boolean moved = false;
    try {
      MessageDigest digest = Secrets.sha256();
      long size = 0;
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
          OutputStream out = Channels.newOutputStream(channel)) {
        byte[] buffer = new byte[BUFFER];
        for (int read; (read = content.read(buffer)) >= 0; ) {
          size += read;
          if (size > effectiveLimit) {
            throw new BlobTooLargeException(name, effectiveLimit);
          }
          digest.update(buffer, 0, read);
          out.write(buffer, 0, read);
        }
        out.flush();
        channel.force(true);
      }
      String sha256 = HexFormat.of().formatHex(digest.digest());
      String relative = StoredBlob.pathOf(sha256);
      Path target = root.resolve(relative);
      if (!Files.exists(target)) {
        Files.createDirectories(target.getParent());
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        moved = true;
      }
      return new StoredBlob(sha256, size, relative);
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /**
   * Deletes the temporary files of uploads that were cut off by a crash or a killed process and
   * were last written before {@code cutoff}; uploads still running keep writing theirs.
   *
   * @return how many files were deleted
   * @throws IOException if the temporary folder cannot be listed
   */
  public int sweepTemporary(Instant cutoff) throws IOException {
    int deleted = 0;
    try (DirectoryStream<Path> parts = Files.newDirectoryStream(tmp, "upload-*.part")) {
      for (Path part : parts) {
        try {
          if (Files.getLastModifiedTime(part).toInstant().isBefore(cutoff)
              && Files.deleteIfExists(part)) {
            deleted++;
          }
        } catch (NoSuchFileException finishedMeanwhile) {
          // Its upload completed or failed and removed it while we looked.
        }
      }
    }
    return deleted;
  }

  /** Whether a blob with {@code sha256} is stored. */
  public boolean contains(String sha256) {
    return HEX64.matcher(sha256).matches()
        && Files.isRegularFile(root.resolve(StoredBlob.pathOf(sha256)));
  }

  /**
   * Opens the blob with {@code sha256} for reading.
   *
   * @throws NoSuchFileException if it is not stored
   * @throws IllegalArgumentException if {@code sha256} is not 64 lowercase hex characters
   */
  public InputStream open(String sha256) throws IOException {
    if (sha256 == null || !HEX64.matcher(sha256).matches()) {
      throw new IllegalArgumentException("sha256 must be 64 lowercase hex characters");
    }
    return Files.newInputStream(root.resolve(StoredBlob.pathOf(sha256)));
  }

  /** The file of {@code blob}. */
  public Path path(StoredBlob blob) {
    return root.resolve(StoredBlob.pathOf(blob.sha256()));
  }
}
