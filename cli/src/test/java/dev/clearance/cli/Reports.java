package dev.clearance.cli;

import dev.clearance.check.CheckResult;
import dev.clearance.check.Coverage;
import dev.clearance.check.Evidence;
import dev.clearance.check.Requirement;
import dev.clearance.check.Severity;
import dev.clearance.document.Source;
import dev.clearance.policy.Policy;
import dev.clearance.report.CheckReport;
import dev.clearance.tier.Tier;
import dev.clearance.tier.TierDecision;
import dev.clearance.tier.TriggerOutcome;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Hand-made check outcomes that stand in for the checker in command-line tests. */
final class Reports {

  static final Instant CHECKED_AT = Instant.parse("2026-11-20T09:30:00Z");
  private static final Requirement LICENSE =
      new Requirement(
          "license.uses", "License with permitted and prohibited uses", List.of("DOC-3"));
  private static final Requirement CONTACT =
      new Requirement("contact.security", "Security contact", List.of("DOC-4"));

  private Reports() {}

  static CheckReport passing(Policy policy, Path subject) {
    return report(
        policy,
        subject,
        new CheckResult.Passed(
            LICENSE,
            Coverage.PRESENT,
            List.of(
                new Evidence(
                    "license key", "mit", new Source(subject + "/README.md", 2, "/license")))));
  }

  static CheckReport failing(Policy policy, Path subject) {
    return report(
        policy,
        subject,
        new CheckResult.Failed(
            CONTACT,
            Severity.BLOCKER,
            Coverage.MISSING,
            "No security contact \u001B[31m.",
            List.of(subject + "/README.md", subject + "/SECURITY.md"),
            "## Security\n\nReport vulnerabilities to security@example.org.\n",
            List.of()));
  }

  private static CheckReport report(Policy policy, Path subject, CheckResult result) {
    TierDecision decision =
        new TierDecision(
            Tier.T1,
            List.of(
                new TriggerOutcome(
                    "size.1b-to-70b",
                    "1B to 70B parameters",
                    Tier.T2,
                    false,
                    "No size found.",
                    List.of())),
            Optional.empty(),
            List.of());
    return new CheckReport(
        policy.ref(),
        subject.toString(),
        CHECKED_AT,
        List.of(subject + "/README.md"),
        decision,
        List.of(result));
  }
}
