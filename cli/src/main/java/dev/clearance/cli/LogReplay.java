package dev.clearance.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.ledger.LogVerification;
import dev.clearance.ledger.LogVerifier;
import dev.clearance.ledger.entry.AuditEntry;
import dev.clearance.ledger.entry.EntryException;
import dev.clearance.ledger.note.Checkpoint;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

/**
 * Reads a log's entries once, in order, and checks them: the Merkle root recomputed from all leaves
 * against every checkpoint ({@link LogVerifier}, O(log n) memory), each entry's sequence number
 * against its position (the record's and the leaf's own), that each leaf is a canonical audit
 * entry, and each revealed details object against the entry's commitment.
 */
final class LogReplay {

  /** Entry problems listed in full; more are only counted. */
  static final int MAX_LISTED = 20;

  /** Progress is printed every this many entries. */
  static final long PROGRESS_EVERY = 100_000;

  /**
   * What the replay found.
   *
   * @param verification the root comparison
   * @param entries how many entries were read
   * @param revealed how many revealed details matched their commitment
   * @param problemCount how many entry problems there were
   * @param problems the first {@value #MAX_LISTED} entry problems
   */
  record Result(
      LogVerification verification,
      long entries,
      long revealed,
      long problemCount,
      List<String> problems) {}

  private final PrintWriter progress;
  private final long expected;

  /**
   * @param progress where progress lines go (standard error), or null for none
   * @param expected the number of entries expected, for progress
   */
  LogReplay(PrintWriter progress, long expected) {
    this.progress = progress;
    this.expected = expected;
  }

  /**
   * Replays {@code source} against {@code checkpoints} (already signature-checked).
   *
   * @throws LogSource.Failure if the source cannot be read
   * @throws IllegalArgumentException if two checkpoints of one size have different roots
   */
  Result run(LogSource source, List<Checkpoint> checkpoints) {
    Checks checks = new Checks(source);
    LogVerification verification = LogVerifier.verify(checks, checkpoints);
    if (progress != null && checks.position >= PROGRESS_EVERY) {
      progress.println("log verify: read " + checks.position + " entries");
      progress.flush();
    }
    return new Result(
        verification, checks.position, checks.revealed, checks.problemCount, checks.problems);
  }

  /** Yields each leaf to the tree while checking its record. */
  private final class Checks implements Iterator<byte[]> {
    private final Iterator<LogRecord> records;
    private final List<String> problems = new ArrayList<>();
    private long position;
    private long revealed;
    private long problemCount;

    Checks(Iterator<LogRecord> records) {
      this.records = records;
    }

    @Override
    public boolean hasNext() {
      return records.hasNext();
    }

    @Override
    public byte[] next() {
      LogRecord record = records.next();
      long index = position++;
      check(index, record);
      if (progress != null && position % PROGRESS_EVERY == 0) {
        progress.println(
            "log verify: " + position + (expected > 0 ? " of " + expected : "") + " entries");
        progress.flush();
      }
      return record.leaf();
    }

    private void check(long index, LogRecord record) {
      if (record.sequence() != index) {
        problem(
            "entry at position "
                + index
                + " is numbered "
                + record.sequence()
                + ": entries were removed, inserted or reordered");
      }
      AuditEntry entry;
      try {
        entry = AuditEntry.parse(record.leaf());
      } catch (EntryException e) {
        problem("entry " + index + ": the leaf is not a canonical audit entry: " + e.getMessage());
        return;
      }
      if (entry.sequence() != index) {
        problem(
            "entry at position " + index + " says sequence " + entry.sequence() + " in its leaf");
      }
      if (record.details() != null) {
        checkDetails(index, entry, record.details());
      }
    }

    private void checkDetails(long index, AuditEntry entry, JsonNode revealedDetails) {
      if (entry.commitment() == null) {
        problem("entry " + index + " shows details, but its leaf commits to none");
        return;
      }
      JsonNode salt = revealedDetails.get("salt");
      JsonNode details = revealedDetails.get("details");
      if (salt == null || !salt.isTextual() || details == null) {
        problem("entry " + index + ": revealed details need 'salt' (hex) and 'details'");
        return;
      }
      try {
        entry.commitment().verify(details, HexFormat.of().parseHex(salt.textValue()));
        revealed++;
      } catch (IllegalArgumentException e) {
        problem("entry " + index + ": the revealed salt is not hex");
      } catch (EntryException e) {
        problem("entry " + index + ": " + e.getMessage());
      }
    }

    private void problem(String text) {
      problemCount++;
      if (problems.size() < MAX_LISTED) {
        problems.add(text);
      }
    }
  }
}
