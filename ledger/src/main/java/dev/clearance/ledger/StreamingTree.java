package dev.clearance.ledger;

/**
 * Computes Merkle tree roots over a stream of leaves in O(log n) memory: it keeps only the complete
 * subtrees on the right edge (one per set bit of the size). Adding a leaf costs one leaf hash and
 * on average one node hash; {@link #root()} costs at most 63 node hashes.
 *
 * <p>Not thread-safe.
 */
public final class StreamingTree {

  private final TreeHasher hasher = TreeHasher.create();

  /** stack[level] is the right-edge subtree of 2^level leaves when bit level of size is set. */
  private final byte[][] stack = new byte[64][];

  private long size;

  /** An empty tree. */
  public StreamingTree() {}

  /** The number of leaves added. */
  public long size() {
    return size;
  }

  /** Adds a leaf with the given data; its leaf hash is SHA-256(0x00 || data). */
  public void add(byte[] leafData) {
    push(hasher.leafBytes(leafData));
  }

  /** Adds a leaf by its leaf hash. */
  public void addLeafHash(Hash leafHash) {
    push(leafHash.bytes());
  }

  /** The root of the leaves added so far (the empty-tree hash for none). */
  public Hash root() {
    byte[] result = null;
    for (byte[] hash : stack) {
      if (hash != null) {
        result = result == null ? hash : hasher.nodeBytes(hash, 0, result, 0);
      }
    }
    return result == null ? hasher.emptyRoot() : Hash.of(result);
  }

  private void push(byte[] leafHash) {
    if (size == Long.MAX_VALUE) {
      throw new IllegalStateException("the tree is full");
    }
    byte[] current = leafHash;
    int level = 0;
    long index = size;
    while ((index & 1) == 1) {
      current = hasher.nodeBytes(stack[level], 0, current, 0);
      stack[level] = null;
      level++;
      index >>>= 1;
    }
    stack[level] = current;
    size++;
  }
}
