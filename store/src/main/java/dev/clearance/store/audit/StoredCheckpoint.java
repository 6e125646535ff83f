package dev.clearance.store.audit;

import java.util.Objects;

/**
 * A signed checkpoint as stored: the tree size, the root the server computed when it signed it
 * (hex) and the signed note text.
 */
public record StoredCheckpoint(long size, String rootHex, String note) {

  public StoredCheckpoint {
    Objects.requireNonNull(rootHex, "rootHex");
    Objects.requireNonNull(note, "note");
  }
}
