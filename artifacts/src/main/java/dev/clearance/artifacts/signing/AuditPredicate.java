package dev.clearance.artifacts.signing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The predicate of an audit attestation (REV-6, predicate type {@link
 * AuditAttestations#PREDICATE_TYPE}): who audited, what, with which outcome, and the report that
 * says so. Checked on construction, so a parsed predicate is always well formed.
 *
 * @param firm the audit firm's registry name (a slug, e.g. {@code northwind-audit})
 * @param auditor the auditor's registry handle (a slug)
 * @param scope what the audit covered, in words (1 to {@value #MAX_SCOPE} characters)
 * @param result the audit's conclusion
 * @param conditions the conditions of {@link AuditResult#PASS_WITH_CONDITIONS} (at least one then,
 *     none for {@link AuditResult#PASS}), one line each
 * @param reportName the report's file name, informative
 * @param reportSha256 lowercase hex SHA-256 of the report file
 * @param reportSize the report's size in bytes
 * @param date the day the auditor signed the attestation
 */
public record AuditPredicate(
    String firm,
    String auditor,
    String scope,
    AuditResult result,
    List<String> conditions,
    String reportName,
    String reportSha256,
    long reportSize,
    LocalDate date) {

  /** Longest scope accepted, in characters. */
  public static final int MAX_SCOPE = 4000;

  /** Most conditions accepted. */
  public static final int MAX_CONDITIONS = 50;

  /** Longest condition accepted, in characters. */
  public static final int MAX_CONDITION = 1000;

  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(?:[-_.][a-z0-9]+)*");
  private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

  /**
   * @throws IllegalArgumentException naming the field that is missing or malformed
   */
  public AuditPredicate {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(date, "date");
    requireName("firm", firm);
    requireName("auditor", auditor);
    if (scope == null || scope.isBlank() || scope.length() > MAX_SCOPE) {
      throw new IllegalArgumentException(
          "scope must be 1 to " + MAX_SCOPE + " characters describing what was audited");
    }
    if (scope.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
      throw new IllegalArgumentException("scope contains control characters");
    }
    conditions = List.copyOf(conditions);
    if (conditions.size() > MAX_CONDITIONS) {
      throw new IllegalArgumentException(
          conditions.size() + " conditions; at most " + MAX_CONDITIONS + " are allowed");
    }
    for (String condition : conditions) {
      if (condition.isBlank()
          || condition.length() > MAX_CONDITION
          || condition.chars().anyMatch(Character::isISOControl)) {
        throw new IllegalArgumentException(
            "each condition must be one line of 1 to " + MAX_CONDITION + " characters");
      }
    }
    if (result == AuditResult.PASS_WITH_CONDITIONS && conditions.isEmpty()) {
      throw new IllegalArgumentException(
          "result pass_with_conditions needs at least one condition");
    }
    if (result == AuditResult.PASS && !conditions.isEmpty()) {
      throw new IllegalArgumentException(
          "result pass has no conditions; use pass_with_conditions to state them");
    }
    if (reportName == null
        || reportName.isBlank()
        || reportName.length() > 255
        || reportName.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("report name must be 1 to 255 characters, one line");
    }
    if (reportSha256 == null || !HEX64.matcher(reportSha256).matches()) {
      throw new IllegalArgumentException("report sha256 must be 64 lowercase hex characters");
    }
    if (reportSize < 0) {
      throw new IllegalArgumentException("report size must not be negative");
    }
  }

  private static void requireName(String field, String value) {
    if (value == null || value.length() > 64 || !NAME.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field
              + " must be a registry name: lowercase letters, digits and single '-', '_' or '.'"
              + " between them, at most 64 characters");
    }
  }
}
