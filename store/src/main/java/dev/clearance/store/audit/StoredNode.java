package dev.clearance.store.audit;

import java.util.Objects;

/**
 * A row of {@code audit_nodes} as stored, unparsed (the hash text may have been edited): the
 * complete subtree {@code (level, index)} and its hash in hex.
 */
public record StoredNode(int level, long index, String hashHex) {

  public StoredNode {
    Objects.requireNonNull(hashHex, "hashHex");
  }
}
