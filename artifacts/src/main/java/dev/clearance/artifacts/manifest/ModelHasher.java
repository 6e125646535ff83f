package dev.clearance.artifacts.manifest;

import dev.clearance.document.InputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Computes a model's {@link Manifest} with SHA-256, in parallel: every file (serialization {@code
 * files}) or every shard (serialization {@code shards}, so large files are split) is one task on a
 * pool with one thread per core. Reads go through {@link FileChannel} positional reads into a 1 MiB
 * direct buffer per task, without following links unless allowed.
 */
public final class ModelHasher {

  private static final int CHUNK = 1 << 20;

  private final int threads;

  /** A hasher using one thread per available core. */
  public ModelHasher() {
    this(Runtime.getRuntime().availableProcessors());
  }

  /** A hasher using the given number of threads (at least one). */
  public ModelHasher(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.threads = threads;
  }

  /**
   * Hashes the model.
   *
   * @param model a model folder, or a single file
   * @param serialization method, shard size, ignored paths and symlink policy
   * @param progress told the bytes hashed so far; called from hashing threads
   * @return the manifest, named after the folder
   * @throws InputException if the model cannot be walked or a file cannot be read, or a file
   *     shrinks while it is being hashed
   */
  public Manifest hash(Path model, Serialization serialization, HashProgress progress)
      throws InputException {
    List<ModelFile> files = new ModelWalker(serialization).walk(model);
    List<Piece> pieces = new ArrayList<>();
    long total = 0;
    for (ModelFile file : files) {
      total += file.size();
      if (serialization.method() == SerializationMethod.FILES) {
        pieces.add(new Piece(file, 0, file.size(), file.name()));
      } else {
        for (long start = 0; start < file.size(); start += serialization.shardSize()) {
          long end = Math.min(file.size(), start + serialization.shardSize());
          pieces.add(new Piece(file, start, end, file.name() + ":" + start + ":" + end));
        }
      }
    }
    pieces.sort(Comparator.comparingLong((Piece piece) -> piece.end - piece.start).reversed());
    List<ResourceDigest> digests = run(pieces, total, serialization.allowSymlinks(), progress);
    Path fileName = model.toAbsolutePath().normalize().getFileName();
    String name = fileName == null ? "model" : fileName.toString();
    return new Manifest(name, serialization, digests);
  }

  private List<ResourceDigest> run(
      List<Piece> pieces, long total, boolean allowSymlinks, HashProgress progress)
      throws InputException {
    AtomicLong done = new AtomicLong();
    progress.advanced(0, total);
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.min(threads, Math.max(1, pieces.size())));
    try {
      List<Future<ResourceDigest>> futures = new ArrayList<>();
      for (Piece piece : pieces) {
        futures.add(pool.submit(() -> hashPiece(piece, allowSymlinks, done, total, progress)));
      }
      List<ResourceDigest> digests = new ArrayList<>();
      for (Future<ResourceDigest> future : futures) {
        digests.add(future.get());
      }
      return digests;
    } catch (ExecutionException failed) {
      if (failed.getCause() instanceof InputException input) {
        throw input;
      }
      throw new IllegalStateException("hashing failed", failed.getCause());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new InputException("(hashing)", 0, "interrupted", "");
    } finally {
      pool.shutdownNow();
    }
  }

  private static ResourceDigest hashPiece(
      Piece piece, boolean allowSymlinks, AtomicLong done, long total, HashProgress progress)
      throws InputException {
    MessageDigest digest = sha256();
    OpenOption[] options =
        allowSymlinks
            ? new OpenOption[] {StandardOpenOption.READ}
            : new OpenOption[] {StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS};
    Path path = piece.file.path();
    try (FileChannel channel = FileChannel.open(path, options)) {
      ByteBuffer buffer = ByteBuffer.allocateDirect(CHUNK);
      long position = piece.start;
      while (position < piece.end) {
        buffer.clear();
        buffer.limit((int) Math.min(CHUNK, piece.end - position));
        int read = channel.read(buffer, position);
        if (read < 0) {
          throw new InputException(
              path.toString(),
              0,
              "file shrank while it was hashed (ended at byte " + position + ")",
              "hash again when nothing is writing to the model folder");
        }
        buffer.flip();
        digest.update(buffer);
        position += read;
        progress.advanced(done.addAndGet(read), total);
      }
    } catch (AccessDeniedException denied) {
      throw new InputException(path.toString(), 0, "permission denied", "make the file readable");
    } catch (IOException failure) {
      throw new InputException(path.toString(), 0, "cannot read: " + failure.getMessage(), "");
    }
    return new ResourceDigest(piece.name, HexFormat.of().formatHex(digest.digest()));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException missing) {
      throw new IllegalStateException("the JDK has no SHA-256", missing);
    }
  }

  private record Piece(ModelFile file, long start, long end, String name) {}
}
