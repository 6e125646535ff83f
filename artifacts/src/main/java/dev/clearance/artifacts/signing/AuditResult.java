package dev.clearance.artifacts.signing;

import java.util.Locale;

/** What a third-party audit concluded about a model (REV-6), as an audit attestation states it. */
public enum AuditResult {
  /** The model meets the audit's scope without conditions. */
  PASS,
  /** The model meets the audit's scope provided the listed conditions hold. */
  PASS_WITH_CONDITIONS,
  /** The model does not meet the audit's scope. */
  FAIL;

  /** The name in attestations, the API and the CLI: {@code pass}, {@code pass_with_conditions}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The result named {@code wireName}.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static AuditResult fromWireName(String wireName) {
    for (AuditResult result : values()) {
      if (result.wireName().equals(wireName)) {
        return result;
      }
    }
    throw new IllegalArgumentException(
        "unknown audit result '"
            + String.valueOf(wireName).replaceAll("\\p{Cntrl}", "?")
            + "'; expected pass, pass_with_conditions or fail");
  }
}
