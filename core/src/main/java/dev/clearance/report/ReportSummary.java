package dev.clearance.report;

import dev.clearance.check.CheckResult;

/**
 * Counts of a report's results.
 *
 * @param requirements all results
 * @param passed requirements met
 * @param failed requirements not met, of any severity
 * @param blocking failed requirements whose severity is blocker (these make the check fail)
 * @param warned results that passed or were not required but deserve a look
 * @param notApplicable requirements the policy does not ask for at the decided tier
 */
public record ReportSummary(
    int requirements, int passed, int failed, int blocking, int warned, int notApplicable) {

  public ReportSummary {
    if (requirements < 0
        || passed < 0
        || failed < 0
        || blocking < 0
        || warned < 0
        || notApplicable < 0) {
      throw new IllegalArgumentException("counts must be >= 0");
    }
    if (blocking > failed) {
      throw new IllegalArgumentException("blocking " + blocking + " > failed " + failed);
    }
    if (passed + failed + warned + notApplicable != requirements) {
      throw new IllegalArgumentException("counts do not add up to " + requirements);
    }
  }

  /** Counts the results of a report. */
  public static ReportSummary of(CheckReport report) {
    int passed = 0;
    int failed = 0;
    int blocking = 0;
    int warned = 0;
    int notApplicable = 0;
    for (CheckResult result : report.results()) {
      switch (ResultStatus.of(result)) {
        case PASS -> passed++;
        case FAIL -> failed++;
        case WARN -> warned++;
        case NOT_APPLICABLE -> notApplicable++;
      }
      if (result.blocks()) {
        blocking++;
      }
    }
    return new ReportSummary(
        report.results().size(), passed, failed, blocking, warned, notApplicable);
  }
}
