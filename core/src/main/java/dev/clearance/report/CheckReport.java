package dev.clearance.report;

import dev.clearance.check.CheckResult;
import dev.clearance.tier.TierDecision;
import java.time.Instant;
import java.util.List;

/**
 * The result of {@code clearance check}: the tier decision and every requirement result, under a
 * named policy version. Rendered by the report writers; its JSON form is versioned by {@link
 * #SCHEMA_VERSION}.
 *
 * @param policy the policy the dossier was checked under
 * @param subject what was checked (folder or card file)
 * @param checkedAt when the check ran
 * @param filesRead every file read
 * @param tier the tier decision
 * @param results every requirement result, in policy order
 */
public record CheckReport(
    PolicyRef policy,
    String subject,
    Instant checkedAt,
    List<String> filesRead,
    TierDecision tier,
    List<CheckResult> results) {

  public static final String SCHEMA_VERSION = "1.0";

  public CheckReport {
    filesRead = List.copyOf(filesRead);
    results = List.copyOf(results);
  }

  /** True when no blocking requirement failed: the release may proceed. */
  public boolean passed() {
    return results.stream().noneMatch(CheckResult::blocks);
  }

  public long count(Class<? extends CheckResult> kind) {
    return results.stream().filter(kind::isInstance).count();
  }
}
