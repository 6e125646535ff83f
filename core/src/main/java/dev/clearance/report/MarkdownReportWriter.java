package dev.clearance.report;

import dev.clearance.check.CheckResult;
import dev.clearance.check.Evidence;
import dev.clearance.dossier.ParameterCount;
import dev.clearance.tier.ReviewSuggestion;
import dev.clearance.tier.TriggerOutcome;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a report as GitHub-flavored markdown for a pull-request comment: the verdict, the tier and
 * why, a table of every result, and each fix in a fenced code block. Card text is escaped so it
 * cannot break the table, add links, images or HTML, or end a code block early.
 */
public final class MarkdownReportWriter implements ReportWriter {

  private static final Pattern BACKTICK_RUN = Pattern.compile("`+");
  private static final String SPECIAL = "\\`*_[]<>|~&";

  @Override
  public String render(CheckReport report) {
    ReportSummary summary = ReportSummary.of(report);
    StringBuilder md = new StringBuilder();
    String verdict =
        report.passed()
            ? "✅ Clearance: passed"
            : "❌ Clearance: "
                + summary.blocking()
                + " blocking requirement"
                + plural(summary.blocking())
                + " failed";
    md.append("## ")
        .append(verdict)
        .append(" — ")
        .append(report.tier().tier())
        .append(" under ")
        .append(escape(report.policy().toString()))
        .append("\n\n");
    md.append("**Subject:** ")
        .append(escape(report.subject()))
        .append(" · **Checked:** ")
        .append(report.checkedAt())
        .append("  \n")
        .append(summaryLine(summary))
        .append("\n\n");
    tier(md, report);
    results(md, report.results());
    fixes(md, report.results());
    return md.toString();
  }

  private static String summaryLine(ReportSummary summary) {
    return summary.requirements()
        + " requirements: "
        + summary.passed()
        + " passed, "
        + summary.failed()
        + " failed ("
        + summary.blocking()
        + " blocking), "
        + summary.warned()
        + " warned, "
        + summary.notApplicable()
        + " not applicable";
  }

  private static void tier(StringBuilder md, CheckReport report) {
    md.append("### Why ").append(report.tier().tier()).append("\n\n");
    List<TriggerOutcome> fired = report.tier().fired();
    if (fired.isEmpty()) {
      md.append("No tier trigger fired, so the release is at the lowest tier.\n\n");
    } else {
      md.append("| Trigger | Raises to | Why | Evidence |\n|---|---|---|---|\n");
      for (TriggerOutcome trigger : fired) {
        md.append("| ")
            .append(escape(trigger.title() == null ? trigger.triggerId() : trigger.title()))
            .append(" (")
            .append(escape(trigger.triggerId()))
            .append(") | ")
            .append(trigger.tier())
            .append(" | ")
            .append(escape(trigger.explanation()))
            .append(" | ")
            .append(evidence(trigger.evidence()))
            .append(" |\n");
      }
      md.append('\n');
    }
    report.tier().parameters().ifPresent(count -> md.append(parameters(count)).append("\n\n"));
    for (ReviewSuggestion suggestion : report.tier().reviewSuggestions()) {
      md.append("> **Review suggested** (")
          .append(escape(suggestion.triggerId()))
          .append("): ")
          .append(escape(suggestion.message()))
          .append(suggestion.evidence().isEmpty() ? "" : " — " + evidence(suggestion.evidence()))
          .append("\n\n");
    }
  }

  private static String parameters(ParameterCount count) {
    return "**Parameters:** "
        + count.humanTotal()
        + " ("
        + count.basis().name().toLowerCase(Locale.ROOT).replace('_', ' ')
        + ", "
        + escape(count.source().toString())
        + "): "
        + escape(count.detail());
  }

  private static void results(StringBuilder md, List<CheckResult> results) {
    md.append("### Results\n\n| | Requirement | Status | Details |\n|---|---|---|---|\n");
    for (CheckResult result : results) {
      String icon;
      String status;
      String details;
      switch (result) {
        case CheckResult.Failed failed -> {
          icon = failed.blocks() ? "❌" : "⚠️";
          status = "fail (" + failed.severity().name().toLowerCase(Locale.ROOT) + ")";
          details = escape(failed.missing());
        }
        case CheckResult.Warned warned -> {
          icon = "⚠️";
          status = "warn";
          details = escape(warned.problem());
        }
        case CheckResult.Passed passed -> {
          icon = "✅";
          status = "pass";
          details = evidence(passed.evidence());
        }
        case CheckResult.NotApplicable notApplicable -> {
          icon = "➖";
          status = "not applicable";
          details = escape(notApplicable.reason());
        }
      }
      md.append("| ")
          .append(icon)
          .append(" | ")
          .append(escape(result.requirement().title()))
          .append(" (")
          .append(escape(result.requirement().id()))
          .append(") | ")
          .append(status)
          .append(" | ")
          .append(details)
          .append(" |\n");
    }
    md.append('\n');
  }

  private static void fixes(StringBuilder md, List<CheckResult> results) {
    boolean heading = false;
    for (CheckResult result : results) {
      String problem;
      List<String> whereLooked;
      String howToFix;
      if (result instanceof CheckResult.Failed failed) {
        problem = "Missing: " + escape(failed.missing());
        whereLooked = failed.whereLooked();
        howToFix = failed.howToFix();
      } else if (result instanceof CheckResult.Warned warned) {
        problem = "Problem: " + escape(warned.problem());
        whereLooked = warned.whereLooked();
        howToFix = warned.howToFix();
      } else {
        continue;
      }
      if (!heading) {
        md.append("### How to fix\n\n");
        heading = true;
      }
      md.append("#### ")
          .append(escape(result.requirement().title()))
          .append(" (")
          .append(escape(result.requirement().id()))
          .append(")\n\n")
          .append(problem)
          .append("  \nLooked in: ")
          .append(whereLooked.isEmpty() ? "nothing" : escape(String.join("; ", whereLooked)))
          .append("\n\n")
          .append(howToFix.isBlank() ? "" : codeBlock(howToFix) + "\n");
    }
  }

  private static String evidence(List<Evidence> evidence) {
    if (evidence.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    for (Evidence item : evidence) {
      if (!text.isEmpty()) {
        text.append("<br>");
      }
      text.append(escape(item.what()))
          .append(": ")
          .append(escape(item.value()))
          .append(" (")
          .append(escape(item.source().toString()))
          .append(')');
    }
    return text.toString();
  }

  /** A fenced code block whose fence is longer than any run of backticks inside. */
  static String codeBlock(String content) {
    String visible = UntrustedText.visible(content).strip();
    int longest = 0;
    Matcher matcher = BACKTICK_RUN.matcher(visible);
    while (matcher.find()) {
      longest = Math.max(longest, matcher.group().length());
    }
    String fence = "`".repeat(Math.max(3, longest + 1));
    return fence + "\n" + visible + "\n" + fence + "\n";
  }

  /**
   * One line of inline text with every character that markdown or HTML could act on escaped, and an
   * {@code @} that starts a word escaped too.
   */
  static String escape(String text) {
    String line = UntrustedText.oneLine(text);
    StringBuilder out = new StringBuilder(line.length());
    for (int index = 0; index < line.length(); index++) {
      char character = line.charAt(index);
      boolean wordStart = index == 0 || !Character.isLetterOrDigit(line.charAt(index - 1));
      if (SPECIAL.indexOf(character) >= 0 || (character == '@' && wordStart)) {
        out.append('\\');
      }
      out.append(character);
    }
    return out.toString();
  }

  private static String plural(long count) {
    return count == 1 ? "" : "s";
  }
}
