package dev.clearance.server.transparency;

import java.util.Map;

/**
 * The transparency report of one calendar year (UTC), from public records only.
 *
 * @param from the first instant of the year, ISO-8601
 * @param to the end of the period counted: the end of the year, or now for the current year
 * @param generatedAt when it was computed (the server's clock)
 * @param policy the framework version the registry checks against now, e.g. {@code rrf@2025.1}
 * @param incidents harm reports and disputed outputs (LIFE-2) and how their deadlines were kept
 */
public record TransparencyReport(
    int year,
    String from,
    String to,
    String generatedAt,
    String policy,
    Adoption adoption,
    Releases releases,
    Findings findings,
    Certifications certifications,
    Incidents incidents) {

  /**
   * @param organizations registered organizations now
   * @param publishing organizations with at least one release released in the period
   * @param certified organizations holding a certification at the end of the period
   */
  public record Adoption(int organizations, int publishing, int certified) {}

  /**
   * @param released releases that entered {@code released} in the period
   * @param byTier those by tier ({@code "1"} to {@code "4"}, {@code "unknown"} when never tiered)
   * @param compliant those whose latest check passed every required requirement
   * @param complianceRate compliant / released, or {@code null} when none was released
   */
  public record Releases(
      int released, Map<String, Integer> byTier, int compliant, Double complianceRate) {}

  /**
   * @param filed findings filed in the period on releases that are public now (no duplicates)
   * @param answered those with a public response
   * @param overdue those whose response deadline passed without an answer at some point
   * @param medianResponseDays median days from filing to the first response, or {@code null}
   * @param p90ResponseDays the 90th percentile of those days, or {@code null}
   * @param byResponse answered findings by the kind of their latest response
   */
  public record Findings(
      int filed,
      int answered,
      int overdue,
      Double medianResponseDays,
      Double p90ResponseDays,
      Map<String, Integer> byResponse) {}

  /**
   * @param granted certifications granted in the period
   * @param revoked certifications revoked in the period
   */
  public record Certifications(int granted, int revoked) {}

  /**
   * Incidents reported in the period. A deadline counts once it is due: met or missed by the end of
   * the period, or met early.
   *
   * @param reported incidents reported in the period
   * @param byKind those by the policy's kind ({@code harm}, {@code output-dispute}, …)
   * @param bySeverity those by their current severity
   * @param open those still waiting for the organization now
   * @param resolved those resolved
   * @param rejected those rejected
   * @param escalated those that went to the stewards (severe, or not acknowledged in time)
   * @param acknowledgementsDue incidents whose acknowledgement was due by the end of the period or
   *     came before
   * @param acknowledgedOnTime those acknowledged (or closed) by their deadline
   * @param acknowledgedOnTimeRate acknowledgedOnTime / acknowledgementsDue, or {@code null}
   * @param resolutionsDue incidents whose resolution was due by the end of the period or came
   *     before
   * @param resolvedOnTime those resolved or rejected by their deadline
   * @param resolvedOnTimeRate resolvedOnTime / resolutionsDue, or {@code null}
   * @param medianAcknowledgeHours median hours from a report to its acknowledgement, or {@code
   *     null}
   */
  public record Incidents(
      int reported,
      Map<String, Integer> byKind,
      Map<String, Integer> bySeverity,
      int open,
      int resolved,
      int rejected,
      int escalated,
      int acknowledgementsDue,
      int acknowledgedOnTime,
      Double acknowledgedOnTimeRate,
      int resolutionsDue,
      int resolvedOnTime,
      Double resolvedOnTimeRate,
      Double medianAcknowledgeHours) {}
}
