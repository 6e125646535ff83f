package dev.clearance.report;

import dev.clearance.check.CheckResult;
import dev.clearance.check.Coverage;
import dev.clearance.check.Evidence;
import dev.clearance.tier.ReviewSuggestion;
import dev.clearance.tier.TierDecision;
import dev.clearance.tier.TriggerOutcome;
import java.util.List;
import java.util.Locale;

/**
 * Writes a report for a person at a terminal: the subject and policy, the tier with the triggers
 * that fired and their evidence, then failures (with what is missing, where Clearance looked and
 * the exact snippet to add), warnings, passes and not-applicable requirements, and a closing
 * verdict with what to do next. Card text is shown with control characters escaped, so a card
 * cannot send escape sequences to the terminal. ANSI colors are added only when asked for.
 */
public final class TextReportWriter implements ReportWriter {

  private static final String DETAIL = "      ";
  private static final String SNIPPET = "        ";

  private final boolean color;

  /**
   * @param color whether to add ANSI color codes (only for a terminal, never for a file)
   */
  public TextReportWriter(boolean color) {
    this.color = color;
  }

  @Override
  public String render(CheckReport report) {
    StringBuilder out = new StringBuilder();
    out.append(style("1", "Clearance check of " + safe(report.subject()))).append('\n');
    out.append("Policy:  ").append(safe(report.policy().toString()));
    if (report.policy().title() != null && !report.policy().title().isBlank()) {
      out.append(" (").append(safe(report.policy().title())).append(')');
    }
    out.append('\n').append("Checked: ").append(report.checkedAt()).append("\n\n");
    tier(out, report.tier());
    List<CheckResult> results = report.results();
    ReportSummary summary = ReportSummary.of(report);
    if (summary.failed() > 0) {
      out.append(style("1;31", "FAILED (" + summary.failed() + ")")).append('\n');
      results.stream()
          .filter(CheckResult.Failed.class::isInstance)
          .map(CheckResult.Failed.class::cast)
          .forEach(failed -> failed(out, failed));
    }
    if (summary.warned() > 0) {
      out.append(style("1;33", "WARNINGS (" + summary.warned() + ")")).append('\n');
      results.stream()
          .filter(CheckResult.Warned.class::isInstance)
          .map(CheckResult.Warned.class::cast)
          .forEach(warned -> warned(out, warned));
    }
    if (summary.passed() > 0) {
      out.append(style("1;32", "PASSED (" + summary.passed() + ")")).append('\n');
      for (CheckResult result : results) {
        if (result instanceof CheckResult.Passed passed) {
          out.append("  ").append(style("32", "ok ")).append("  ").append(name(passed));
          if (passed.coverage() != Coverage.PRESENT) {
            out.append(": ").append(coverage(passed.coverage()));
          }
          out.append('\n');
        }
      }
      out.append('\n');
    }
    if (summary.notApplicable() > 0) {
      out.append(style("1", "NOT APPLICABLE (" + summary.notApplicable() + ")")).append('\n');
      for (CheckResult result : results) {
        if (result instanceof CheckResult.NotApplicable notApplicable) {
          out.append("  ")
              .append(style("2", "n/a"))
              .append("  ")
              .append(name(notApplicable))
              .append(": ")
              .append(safe(notApplicable.reason()))
              .append('\n');
        }
      }
      out.append('\n');
    }
    verdict(out, report, summary);
    return out.toString();
  }

  private void tier(StringBuilder out, TierDecision decision) {
    List<TriggerOutcome> fired = decision.fired();
    if (fired.isEmpty()) {
      out.append(style("1", decision.tier() + ": no tier trigger fired")).append('\n');
    } else {
      String because = fired.size() == 1 ? "1 trigger fired" : fired.size() + " triggers fired";
      out.append(style("1", decision.tier() + ", because " + because + ":")).append('\n');
      for (TriggerOutcome trigger : fired) {
        String title = trigger.title() == null ? trigger.triggerId() : trigger.title();
        out.append("  * ")
            .append(safe(title))
            .append(" [")
            .append(safe(trigger.triggerId()))
            .append("] -> ")
            .append(trigger.tier())
            .append('\n');
        out.append(DETAIL).append(safe(trigger.explanation())).append('\n');
        trigger.evidence().forEach(item -> out.append(DETAIL).append(evidence(item)).append('\n'));
      }
    }
    List<String> notFired =
        decision.triggers().stream()
            .filter(trigger -> !trigger.fired())
            .map(trigger -> safe(trigger.triggerId()))
            .toList();
    if (!notFired.isEmpty()) {
      out.append("  Not fired: ").append(String.join(", ", notFired)).append('\n');
    }
    decision
        .parameters()
        .ifPresent(
            count ->
                out.append("  Parameters: ")
                    .append(count.humanTotal())
                    .append(" (")
                    .append(count.basis().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                    .append(", ")
                    .append(safe(count.source().toString()))
                    .append("): ")
                    .append(safe(count.detail()))
                    .append('\n'));
    for (ReviewSuggestion suggestion : decision.reviewSuggestions()) {
      out.append("  ")
          .append(style("33", "Review suggested"))
          .append(" [")
          .append(safe(suggestion.triggerId()))
          .append("]: ")
          .append(safe(suggestion.message()))
          .append('\n');
      suggestion.evidence().forEach(item -> out.append(DETAIL).append(evidence(item)).append('\n'));
    }
    out.append('\n');
  }

  private void failed(StringBuilder out, CheckResult.Failed failed) {
    String severity = failed.severity().name();
    String code = failed.blocks() ? "31" : "33";
    out.append("  ").append(style(code, "[" + severity + "]")).append(' ').append(name(failed));
    out.append('\n');
    out.append("    Missing:    ").append(safe(failed.missing()));
    if (failed.coverage() != Coverage.MISSING) {
      out.append(" (found: ").append(coverage(failed.coverage())).append(')');
    }
    out.append('\n');
    details(out, failed.whereLooked(), failed.evidence(), failed.howToFix());
  }

  private void warned(StringBuilder out, CheckResult.Warned warned) {
    out.append("  ").append(style("33", "[WARN]")).append(' ').append(name(warned)).append('\n');
    out.append("    Problem:    ").append(safe(warned.problem())).append('\n');
    details(out, warned.whereLooked(), warned.evidence(), warned.howToFix());
  }

  private static void details(
      StringBuilder out, List<String> whereLooked, List<Evidence> evidence, String howToFix) {
    String label = "    Looked in:  ";
    for (String place : whereLooked) {
      out.append(label).append(safe(place)).append('\n');
      label = "                ";
    }
    label = "    Found:      ";
    for (Evidence item : evidence) {
      out.append(label).append(evidence(item)).append('\n');
      label = "                ";
    }
    if (!howToFix.isBlank()) {
      out.append("    How to fix:\n").append(UntrustedText.indent(howToFix, SNIPPET));
    }
    out.append('\n');
  }

  private void verdict(StringBuilder out, CheckReport report, ReportSummary summary) {
    String counts =
        summary.passed()
            + " passed, "
            + summary.failed()
            + " failed, "
            + summary.warned()
            + " warned, "
            + summary.notApplicable()
            + " not applicable";
    String policy = safe(report.policy().toString());
    if (report.passed()) {
      out.append(style("1;32", "PASSED"))
          .append(": every required requirement is met under ")
          .append(policy)
          .append(" (")
          .append(counts)
          .append(").\n");
      out.append(
          summary.failed() + summary.warned() > 0
              ? "Next: the release may proceed; look at the warnings above before it does.\n"
              : "Next: the release may proceed.\n");
    } else {
      out.append(style("1;31", "FAILED"))
          .append(": ")
          .append(summary.blocking())
          .append(summary.blocking() == 1 ? " blocking requirement" : " blocking requirements")
          .append(" not met under ")
          .append(policy)
          .append(" (")
          .append(counts)
          .append(").\n");
      out.append("Next: add each \"How to fix\" snippet above to the model card, then run\n")
          .append("  clearance check ")
          .append(safe(report.subject()))
          .append('\n');
    }
  }

  private static String name(CheckResult result) {
    String refs =
        result.requirement().specRefs().isEmpty()
            ? ""
            : "; " + String.join(", ", result.requirement().specRefs());
    return safe(result.requirement().title())
        + " ("
        + safe(result.requirement().id())
        + safe(refs)
        + ")";
  }

  private static String evidence(Evidence item) {
    return safe(item.what())
        + " = "
        + safe(item.value())
        + "  ("
        + safe(item.source().toString())
        + ")";
  }

  private static String coverage(Coverage coverage) {
    return coverage.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String safe(String text) {
    return text == null ? "" : UntrustedText.oneLine(text);
  }

  private String style(String code, String text) {
    return color ? "\u001B[" + code + "m" + text + "\u001B[0m" : text;
  }
}
