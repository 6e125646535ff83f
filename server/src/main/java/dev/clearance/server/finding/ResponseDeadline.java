package dev.clearance.server.finding;

import dev.clearance.policy.FindingSeverity;
import dev.clearance.policy.FindingTemplate;
import java.time.Duration;
import java.time.Instant;

/**
 * The organization's deadline to respond to a finding (REV-5): the severity's {@code response_days}
 * of the policy after the finding was filed, or after a steward sustained a contest of its
 * response. A severity the policy no longer has (the release was checked again under another policy
 * version) gets the longest deadline of the scale.
 */
final class ResponseDeadline {

  private ResponseDeadline() {}

  static Instant after(Instant start, FindingTemplate template, String severity) {
    int days =
        template
            .severity(severity)
            .map(FindingSeverity::responseDays)
            .orElseGet(
                () ->
                    template.severities().stream()
                        .mapToInt(FindingSeverity::responseDays)
                        .max()
                        .orElseThrow());
    return start.plus(Duration.ofDays(days));
  }
}
