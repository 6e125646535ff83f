package dev.clearance.ledger;

import dev.clearance.ledger.note.Checkpoint;
import java.util.Objects;

/**
 * The outcome of {@link LogVerifier}: the log matches its checkpoints, or the first point where it
 * does not. Each case has a {@link #message()} for people.
 */
public sealed interface LogVerification {

  /** Whether the log matches every checkpoint. */
  default boolean ok() {
    return this instanceof Verified;
  }

  /** What was found, naming sizes, indexes and roots. */
  String message();

  /**
   * Every checkpoint's root equals the root recomputed from the entries.
   *
   * @param entries how many entries were read (may exceed the largest checkpoint)
   * @param latest the largest checkpoint checked
   * @param checkpoints how many checkpoints were checked
   */
  record Verified(long entries, Checkpoint latest, int checkpoints) implements LogVerification {
    /**
     * @throws NullPointerException if latest is null
     */
    public Verified {
      Objects.requireNonNull(latest, "latest");
    }

    @Override
    public String message() {
      return "verified: "
          + entries
          + " entries; root at size "
          + latest.size()
          + " is "
          + latest.root()
          + " as checkpoint "
          + latest.origin()
          + " says"
          + (checkpoints > 1 ? " (and " + (checkpoints - 1) + " earlier checkpoint(s) match)" : "")
          + (entries > latest.size()
              ? "; " + (entries - latest.size()) + " later entries are not covered by a checkpoint"
              : "");
    }
  }

  /**
   * The root recomputed from the first {@code checkpoint.size()} entries differs from the
   * checkpoint's: an entry at index {@code lastGoodSize} or later, below {@code checkpoint.size()},
   * was altered, inserted or removed.
   *
   * @param checkpoint the first checkpoint that disagrees
   * @param computed the root recomputed from the entries
   * @param lastGoodSize the size of the last checkpoint that matched, or 0
   */
  record RootMismatch(Checkpoint checkpoint, Hash computed, long lastGoodSize)
      implements LogVerification {
    /**
     * @throws NullPointerException if a part is null
     */
    public RootMismatch {
      Objects.requireNonNull(checkpoint, "checkpoint");
      Objects.requireNonNull(computed, "computed");
    }

    @Override
    public String message() {
      return "root mismatch at tree size "
          + checkpoint.size()
          + ": checkpoint "
          + checkpoint.origin()
          + " expects "
          + checkpoint.root()
          + ", entries give "
          + computed
          + "; the first changed entry has an index in ["
          + lastGoodSize
          + ", "
          + checkpoint.size()
          + ")";
    }
  }

  /**
   * The log has fewer entries than a checkpoint covers.
   *
   * @param entries how many entries there are
   * @param checkpoint the checkpoint that covers more
   */
  record MissingEntries(long entries, Checkpoint checkpoint) implements LogVerification {
    /**
     * @throws NullPointerException if checkpoint is null
     */
    public MissingEntries {
      Objects.requireNonNull(checkpoint, "checkpoint");
    }

    @Override
    public String message() {
      return "the log has "
          + entries
          + " entries, but checkpoint "
          + checkpoint.origin()
          + " covers "
          + checkpoint.size()
          + ": entries were removed or the export is incomplete";
    }
  }

  /**
   * An entry's sequence number is not its position in the log.
   *
   * @param position the 0-based position of the entry read
   * @param sequence the sequence number it carries
   */
  record SequenceMismatch(long position, long sequence) implements LogVerification {
    @Override
    public String message() {
      return "entry at position "
          + position
          + " carries sequence number "
          + sequence
          + ": entries were reordered, inserted or removed";
    }
  }
}
