package dev.clearance.report;

import dev.clearance.check.CheckResult;

/** The status of one requirement result, as every report format names it. */
public enum ResultStatus {
  PASS("pass"),
  FAIL("fail"),
  WARN("warn"),
  NOT_APPLICABLE("not_applicable");

  private final String label;

  ResultStatus(String label) {
    this.label = label;
  }

  /**
   * The name used in JSON reports: {@code pass}, {@code fail}, {@code warn}, {@code
   * not_applicable}.
   */
  public String label() {
    return label;
  }

  /** The status of a result. */
  public static ResultStatus of(CheckResult result) {
    return switch (result) {
      case CheckResult.Passed passed -> PASS;
      case CheckResult.Failed failed -> FAIL;
      case CheckResult.Warned warned -> WARN;
      case CheckResult.NotApplicable notApplicable -> NOT_APPLICABLE;
    };
  }
}
