package dev.clearance.ledger;

import dev.clearance.ledger.internal.Ranges;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An append-only Merkle log with the tree shape of RFC 6962 §2.1 over a {@link TreeNodes} store.
 *
 * <p>Appending folds the new leaves into the complete subtrees on the tree's right edge and hands
 * the store the nodes that become complete. Roots and proofs work for every tree size up to the
 * current one (RFC 9162 §2.1.3 and §2.1.4), so a proof can be made against an older checkpoint;
 * each reads the complete subtrees it needs from the store in one {@link TreeNodes#get} call, at
 * most about {@code 2 log2(n)} of them.
 *
 * <p>This class keeps no state besides the store; it is as thread-safe as the store, and appends
 * must be serialized by the caller (see {@link TreeNodes}).
 */
public final class MerkleLog {

  private final TreeNodes nodes;

  /** A log over {@code nodes}. */
  public MerkleLog(TreeNodes nodes) {
    this.nodes = Objects.requireNonNull(nodes, "nodes");
  }

  /** The current tree size. */
  public long size() {
    return nodes.size();
  }

  /**
   * Appends leaves with the given data (each leaf hash is SHA-256(0x00 || data)).
   *
   * @param leafData the leaves, in order; may be empty
   * @return the first new index, the new size and the new root
   */
  public Appended append(List<byte[]> leafData) {
    TreeHasher hasher = TreeHasher.create();
    List<Hash> hashes = new ArrayList<>(leafData.size());
    for (byte[] data : leafData) {
      hashes.add(hasher.leaf(data));
    }
    return appendLeafHashes(hashes);
  }

  /**
   * Appends leaves whose leaf hashes are already computed.
   *
   * @param leafHashes the leaf hashes, in order; may be empty
   * @return the first new index, the new size and the new root
   */
  public Appended appendLeafHashes(List<Hash> leafHashes) {
    long start = nodes.size();
    List<NodeAddress> edge = Ranges.decompose(0, start);
    List<Hash> edgeHashes = edge.isEmpty() ? List.of() : nodes.get(edge);
    Hash[] stack = new Hash[64];
    for (int part = 0; part < edge.size(); part++) {
      stack[edge.get(part).level()] = edgeHashes.get(part);
    }
    if (leafHashes.isEmpty()) {
      return new Appended(start, start, fold(stack, TreeHasher.create()));
    }
    TreeHasher hasher = TreeHasher.create();
    List<Node> created = new ArrayList<>(2 * leafHashes.size() + 64);
    long size = start;
    for (Hash leaf : leafHashes) {
      Hash current = Objects.requireNonNull(leaf, "leaf hash");
      int level = 0;
      long index = size;
      created.add(new Node(new NodeAddress(0, index), current));
      while ((index & 1) == 1) {
        current = hasher.node(stack[level], current);
        stack[level] = null;
        level++;
        index >>>= 1;
        created.add(new Node(new NodeAddress(level, index), current));
      }
      stack[level] = current;
      size++;
    }
    nodes.append(size, created);
    return new Appended(start, size, fold(stack, hasher));
  }

  /** The root of the current tree (the empty-tree hash when it has no leaves). */
  public Hash root() {
    return root(nodes.size());
  }

  /**
   * The root of the tree's first {@code size} leaves.
   *
   * @throws IllegalArgumentException unless {@code 0 <= size <= size()}
   */
  public Hash root(long size) {
    requireSize(size, "root");
    TreeHasher hasher = TreeHasher.create();
    if (size == 0) {
      return hasher.emptyRoot();
    }
    List<NodeAddress> parts = Ranges.decompose(0, size);
    return compose(nodes.get(parts), 0, parts.size(), hasher);
  }

  /**
   * The leaf hash at {@code index}.
   *
   * @throws IllegalArgumentException unless {@code 0 <= index < size()}
   */
  public Hash leafHash(long index) {
    if (index < 0 || index >= nodes.size()) {
      throw new IllegalArgumentException(
          "leaf index must be 0 <= index < " + nodes.size() + ", got " + index);
    }
    return nodes.get(List.of(new NodeAddress(0, index))).get(0);
  }

  /**
   * The leaf hashes at {@code start .. start + count - 1}, in one store call.
   *
   * @throws IllegalArgumentException unless the range is within the tree
   */
  public List<Hash> leafHashes(long start, int count) {
    long size = nodes.size();
    if (start < 0 || count < 0 || start > size - count) {
      throw new IllegalArgumentException(
          "leaf range ["
              + start
              + ", "
              + (start + count)
              + ") is not within the tree of size "
              + size);
    }
    List<NodeAddress> addresses = new ArrayList<>(count);
    for (int offset = 0; offset < count; offset++) {
      addresses.add(new NodeAddress(0, start + offset));
    }
    return count == 0 ? List.of() : nodes.get(addresses);
  }

  /**
   * The inclusion proof of leaf {@code index} in the tree of {@code size} leaves (RFC 9162
   * §2.1.3.1).
   *
   * @throws IllegalArgumentException unless {@code 0 <= index < size <= size()}
   */
  public InclusionProof inclusionProof(long index, long size) {
    requireSize(size, "inclusion proof");
    if (index < 0 || index >= size) {
      throw new IllegalArgumentException(
          "inclusion proof needs 0 <= index < size, got index " + index + ", size " + size);
    }
    List<long[]> siblings = new ArrayList<>(64);
    long low = 0;
    long high = size;
    while (high - low > 1) {
      long split = Ranges.split(high - low);
      if (index < low + split) {
        siblings.add(new long[] {low + split, high});
        high = low + split;
      } else {
        siblings.add(new long[] {low, low + split});
        low += split;
      }
    }
    Collections.reverse(siblings);
    return new InclusionProof(index, size, hashRanges(siblings));
  }

  /**
   * The consistency proof from the tree of {@code size1} leaves to the tree of {@code size2} leaves
   * (RFC 9162 §2.1.4.1); empty when {@code size1} is 0 or equals {@code size2}.
   *
   * @throws IllegalArgumentException unless {@code 0 <= size1 <= size2 <= size()}
   */
  public ConsistencyProof consistencyProof(long size1, long size2) {
    requireSize(size2, "consistency proof");
    if (size1 < 0 || size1 > size2) {
      throw new IllegalArgumentException(
          "consistency proof needs 0 <= size1 <= size2, got " + size1 + " and " + size2);
    }
    if (size1 == 0 || size1 == size2) {
      return new ConsistencyProof(size1, size2, List.of());
    }
    List<long[]> ranges = new ArrayList<>(64);
    long low = 0;
    long high = size2;
    long old = size1;
    boolean whole = true;
    while (true) {
      if (old == high - low) {
        if (!whole) {
          ranges.add(new long[] {low, high});
        }
        break;
      }
      long split = Ranges.split(high - low);
      if (old <= split) {
        ranges.add(new long[] {low + split, high});
        high = low + split;
      } else {
        ranges.add(new long[] {low, low + split});
        old -= split;
        low += split;
        whole = false;
      }
    }
    Collections.reverse(ranges);
    return new ConsistencyProof(size1, size2, hashRanges(ranges));
  }

  /** Hashes each subtree range, reading all complete parts in one store call. */
  private List<Hash> hashRanges(List<long[]> ranges) {
    List<NodeAddress> addresses = new ArrayList<>();
    for (long[] range : ranges) {
      Ranges.appendDecomposition(range[0], range[1], addresses);
    }
    List<Hash> parts = addresses.isEmpty() ? List.of() : nodes.get(addresses);
    TreeHasher hasher = TreeHasher.create();
    List<Hash> hashes = new ArrayList<>(ranges.size());
    int offset = 0;
    for (long[] range : ranges) {
      int count = Ranges.partCount(range[0], range[1]);
      hashes.add(compose(parts, offset, count, hasher));
      offset += count;
    }
    return hashes;
  }

  /** The hash of consecutive complete subtrees (largest first), folded from the right. */
  private static Hash compose(List<Hash> parts, int offset, int count, TreeHasher hasher) {
    Hash result = parts.get(offset + count - 1);
    for (int part = offset + count - 2; part >= offset; part--) {
      result = hasher.node(parts.get(part), result);
    }
    return result;
  }

  /** The root from the right-edge stack (stack[level] set where the size has that bit). */
  private static Hash fold(Hash[] stack, TreeHasher hasher) {
    Hash result = null;
    for (Hash hash : stack) {
      if (hash != null) {
        result = result == null ? hash : hasher.node(hash, result);
      }
    }
    return result == null ? hasher.emptyRoot() : result;
  }

  private void requireSize(long size, String what) {
    long current = nodes.size();
    if (size < 0 || size > current) {
      throw new IllegalArgumentException(
          what + " needs a tree size 0.." + current + " (the current size), got " + size);
    }
  }
}
