package dev.clearance.server.auditor;

import dev.clearance.store.auditor.Engagement;

/**
 * An engagement's audit report as the API shows it; its bytes are at {@code
 * …/engagements/{engagement}/report}.
 *
 * @param sha256 lowercase hex SHA-256 of the file: what the attestation must name
 */
public record ReportView(String name, String sha256, long size, String filedAt) {

  /** The engagement's current report, or {@code null} before one is filed. */
  static ReportView of(Engagement engagement) {
    if (!engagement.hasReport()) {
      return null;
    }
    return new ReportView(
        engagement.reportName(),
        engagement.reportSha256(),
        engagement.reportSize(),
        engagement.reportAt().toString());
  }
}
