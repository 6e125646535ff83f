package dev.clearance.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@link TreeNodes} in memory: per level, the hashes packed into 1 MiB byte arrays (32,768 hashes
 * each), about 64 bytes per leaf in all (640 MB for 10 million leaves). Thread-safe.
 *
 * <p>{@link #append} checks that it is handed exactly the nodes that the new size completes, in
 * order, so it also validates its caller.
 */
public final class InMemoryTreeNodes implements TreeNodes {

  private static final int CHUNK_SHIFT = 15;
  private static final int CHUNK_HASHES = 1 << CHUNK_SHIFT;
  private static final int CHUNK_MASK = CHUNK_HASHES - 1;
  private static final int FIRST_CHUNK_HASHES = 16;

  /** levels.get(level) holds the chunks of that level. */
  private final List<List<byte[]>> levels = new ArrayList<>();

  private long size;

  /** An empty tree. */
  public InMemoryTreeNodes() {}

  @Override
  public synchronized long size() {
    return size;
  }

  @Override
  public synchronized List<Hash> get(List<NodeAddress> addresses) {
    List<Hash> hashes = new ArrayList<>(addresses.size());
    for (NodeAddress address : addresses) {
      if (!address.completeIn(size)) {
        throw new IllegalArgumentException(
            "node "
                + address
                + " is not a complete subtree of the tree of size "
                + size
                + " (it covers leaves up to "
                + (address.firstLeaf() + address.leafCount())
                + ")");
      }
      byte[] chunk = levels.get(address.level()).get((int) (address.index() >>> CHUNK_SHIFT));
      hashes.add(Hash.of(chunk, (int) (address.index() & CHUNK_MASK) * Hash.LENGTH));
    }
    return hashes;
  }

  @Override
  public synchronized void append(long newSize, List<Node> nodes) {
    if (newSize <= size) {
      throw new IllegalArgumentException(
          "an append must grow the tree: size is " + size + ", new size " + newSize);
    }
    long[] counts = new long[64];
    for (int level = 0; level < 64; level++) {
      counts[level] = size >>> level;
    }
    for (Node node : nodes) {
      NodeAddress address = node.address();
      int level = address.level();
      if (address.index() != counts[level] || !address.completeIn(newSize)) {
        throw new IllegalArgumentException(
            "unexpected node "
                + address
                + " when growing the tree from "
                + size
                + " to "
                + newSize
                + ": next at level "
                + level
                + " is index "
                + counts[level]);
      }
      store(address, node.hash());
      counts[level]++;
    }
    for (int level = 0; level < 64; level++) {
      if (counts[level] != newSize >>> level) {
        throw new IllegalArgumentException(
            "growing the tree from "
                + size
                + " to "
                + newSize
                + " needs "
                + ((newSize >>> level) - (size >>> level))
                + " new node(s) at level "
                + level
                + ", got "
                + (counts[level] - (size >>> level)));
      }
    }
    size = newSize;
  }

  private void store(NodeAddress address, Hash hash) {
    while (levels.size() <= address.level()) {
      levels.add(new ArrayList<>());
    }
    List<byte[]> chunks = levels.get(address.level());
    int chunkIndex = (int) (address.index() >>> CHUNK_SHIFT);
    if (chunkIndex == chunks.size()) {
      chunks.add(new byte[FIRST_CHUNK_HASHES * Hash.LENGTH]);
    }
    byte[] chunk = chunks.get(chunkIndex);
    int offset = (int) (address.index() & CHUNK_MASK) * Hash.LENGTH;
    if (offset >= chunk.length) {
      // Small trees (and the upper levels of big ones) do not need whole 1 MiB chunks.
      chunk = Arrays.copyOf(chunk, Math.min(chunk.length * 2, CHUNK_HASHES * Hash.LENGTH));
      chunks.set(chunkIndex, chunk);
    }
    hash.copyTo(chunk, offset);
  }
}
