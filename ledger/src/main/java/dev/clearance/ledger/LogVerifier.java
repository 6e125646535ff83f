package dev.clearance.ledger;

import dev.clearance.ledger.entry.AuditEntry;
import dev.clearance.ledger.note.Checkpoint;
import dev.clearance.ledger.note.CheckpointException;
import dev.clearance.ledger.note.NoteVerifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;

/**
 * Recomputes a whole log from its entries and compares it with checkpoints: what {@code clearance
 * log verify} runs. Streaming: entries are read once, in order, and only O(log n) hashes are kept
 * ({@link StreamingTree}), so a log of millions of entries needs no more memory than one entry.
 *
 * <p>The result says which checkpoint first disagrees and narrows the altered entry to the range
 * after the last matching checkpoint; {@link #firstStoredMismatch} pinpoints it against the leaf
 * hashes a store keeps.
 */
public final class LogVerifier {

  private static final int BATCH = 1024;

  private LogVerifier() {}

  /**
   * Verifies leaf data against checkpoints whose signatures the caller has already checked ({@link
   * Checkpoint#open}).
   *
   * @param leafData every leaf's data, in log order
   * @param checkpoints one or more checkpoints of this log, in any order
   * @throws IllegalArgumentException if no checkpoint is given, or two checkpoints of the same size
   *     have different roots (then the log forked; both are in the message)
   */
  public static LogVerification verify(Iterator<byte[]> leafData, List<Checkpoint> checkpoints) {
    return run(leafData, null, checkpoints);
  }

  /**
   * Verifies leaf data against one signed checkpoint: the note is parsed and its signature checked
   * with the trusted keys first.
   *
   * @throws CheckpointException if the note is malformed or not signed by a trusted key
   */
  public static LogVerification verify(
      Iterator<byte[]> leafData, byte[] signedCheckpoint, Collection<NoteVerifier> trusted)
      throws CheckpointException {
    return verify(leafData, List.of(Checkpoint.open(signedCheckpoint, trusted)));
  }

  /**
   * Like {@link #verify(Iterator, List)} for audit entries, also checking that each entry's
   * sequence number is its position.
   */
  public static LogVerification verifyEntries(
      Iterator<AuditEntry> entries, List<Checkpoint> checkpoints) {
    return run(null, entries, checkpoints);
  }

  /**
   * The index of the first leaf whose data does not hash to the leaf hash that {@code log}'s store
   * keeps at that index, or the first index beyond the store's size; empty if all match and the
   * counts are equal. Reads the store in batches of {@value #BATCH}. Use it after a root mismatch
   * to name the altered entry (the store's leaf hashes are checked against a signed root by {@link
   * MerkleLog#root(long)}).
   */
  public static OptionalLong firstStoredMismatch(Iterator<byte[]> leafData, MerkleLog log) {
    TreeHasher hasher = TreeHasher.create();
    long size = log.size();
    long index = 0;
    List<Hash> computed = new ArrayList<>(BATCH);
    while (leafData.hasNext()) {
      if (index + computed.size() >= size) {
        OptionalLong mismatch = compare(log, index, computed);
        return mismatch.isPresent() ? mismatch : OptionalLong.of(size);
      }
      computed.add(hasher.leaf(leafData.next()));
      if (computed.size() == BATCH) {
        OptionalLong mismatch = compare(log, index, computed);
        if (mismatch.isPresent()) {
          return mismatch;
        }
        index += computed.size();
        computed.clear();
      }
    }
    OptionalLong mismatch = compare(log, index, computed);
    if (mismatch.isPresent()) {
      return mismatch;
    }
    index += computed.size();
    return index == size ? OptionalLong.empty() : OptionalLong.of(index);
  }

  private static OptionalLong compare(MerkleLog log, long start, List<Hash> computed) {
    if (computed.isEmpty()) {
      return OptionalLong.empty();
    }
    List<Hash> stored = log.leafHashes(start, computed.size());
    for (int offset = 0; offset < computed.size(); offset++) {
      if (!computed.get(offset).equals(stored.get(offset))) {
        return OptionalLong.of(start + offset);
      }
    }
    return OptionalLong.empty();
  }

  private static LogVerification run(
      Iterator<byte[]> leafData, Iterator<AuditEntry> entries, List<Checkpoint> checkpoints) {
    if (checkpoints.isEmpty()) {
      throw new IllegalArgumentException("verifying a log needs at least one checkpoint");
    }
    List<Checkpoint> sorted = new ArrayList<>(checkpoints);
    sorted.sort(Comparator.comparingLong(Checkpoint::size));
    for (int index = 1; index < sorted.size(); index++) {
      Checkpoint previous = sorted.get(index - 1);
      Checkpoint current = sorted.get(index);
      if (previous.size() == current.size() && !previous.root().equals(current.root())) {
        throw new IllegalArgumentException(
            "two checkpoints of size "
                + current.size()
                + " have different roots, "
                + previous.root()
                + " and "
                + current.root()
                + ": the log forked");
      }
    }
    StreamingTree tree = new StreamingTree();
    int next = 0;
    long lastGood = 0;
    Checkpoint latest = null;
    while (true) {
      while (next < sorted.size() && sorted.get(next).size() == tree.size()) {
        Checkpoint checkpoint = sorted.get(next++);
        Hash root = tree.root();
        if (!root.equals(checkpoint.root())) {
          return new LogVerification.RootMismatch(checkpoint, root, lastGood);
        }
        lastGood = checkpoint.size();
        latest = checkpoint;
      }
      boolean more = entries != null ? entries.hasNext() : leafData.hasNext();
      if (!more) {
        break;
      }
      if (entries != null) {
        AuditEntry entry = entries.next();
        if (entry.sequence() != tree.size()) {
          return new LogVerification.SequenceMismatch(tree.size(), entry.sequence());
        }
        tree.add(entry.leafData());
      } else {
        tree.add(leafData.next());
      }
    }
    if (next < sorted.size()) {
      return new LogVerification.MissingEntries(tree.size(), sorted.get(sorted.size() - 1));
    }
    return new LogVerification.Verified(tree.size(), latest, sorted.size());
  }
}
