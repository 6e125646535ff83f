package dev.clearance.server.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of one {@link StateCheck}.
 *
 * @param check the check's name
 * @param checked how many rows (or log elements) were compared
 * @param mismatchCount how many mismatches were found in all
 * @param mismatches the first {@value #MAX_MISMATCHES} of them
 */
public record StateCheckResult(
    String check, long checked, long mismatchCount, List<StateMismatch> mismatches) {

  /** The most mismatches a result lists. */
  public static final int MAX_MISMATCHES = 100;

  public StateCheckResult {
    Objects.requireNonNull(check, "check");
    mismatches = List.copyOf(mismatches);
  }

  /** Whether nothing disagreed. */
  public boolean ok() {
    return mismatchCount == 0;
  }

  /** Collects a check's counts and its first mismatches. */
  static final class Builder {
    private final String check;
    private final List<StateMismatch> mismatches = new ArrayList<>();
    private long checked;
    private long count;

    Builder(String check) {
      this.check = check;
    }

    void checked() {
      checked++;
    }

    void mismatch(StateMismatch mismatch) {
      count++;
      if (mismatches.size() < MAX_MISMATCHES) {
        mismatches.add(mismatch);
      }
    }

    void mismatch(String subject, String problem) {
      mismatch(StateMismatch.of(check, subject, problem));
    }

    StateCheckResult build() {
      return new StateCheckResult(check, checked, count, mismatches);
    }
  }
}
