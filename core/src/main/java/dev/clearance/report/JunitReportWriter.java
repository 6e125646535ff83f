package dev.clearance.report;

import dev.clearance.check.CheckResult;
import dev.clearance.check.Evidence;
import dev.clearance.tier.TriggerOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a report as JUnit XML, the format CI servers show as test results. One {@code testsuite}
 * per requirement group (the part of the requirement id before the first {@code .}), one {@code
 * testcase} per requirement; a blocking failure is a {@code failure} (message: what is missing;
 * body: where Clearance looked and how to fix it), a not-applicable requirement is {@code skipped},
 * and warnings and non-blocking failures go to {@code system-out}. All card text is escaped, and
 * characters XML 1.0 cannot hold are written as visible {@code \\uXXXX} escapes.
 */
public final class JunitReportWriter implements ReportWriter {

  @Override
  public String render(CheckReport report) {
    Map<String, List<CheckResult>> groups = new LinkedHashMap<>();
    for (CheckResult result : report.results()) {
      groups
          .computeIfAbsent(group(result.requirement().id()), key -> new ArrayList<>())
          .add(result);
    }
    ReportSummary summary = ReportSummary.of(report);
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<testsuites name=")
        .append(attribute("clearance " + report.policy()))
        .append(" tests=\"")
        .append(summary.requirements())
        .append("\" failures=\"")
        .append(summary.blocking())
        .append("\" errors=\"0\" skipped=\"")
        .append(summary.notApplicable())
        .append("\" timestamp=")
        .append(attribute(report.checkedAt().toString()))
        .append(">\n");
    for (Map.Entry<String, List<CheckResult>> group : groups.entrySet()) {
      suite(xml, report, group.getKey(), group.getValue());
    }
    xml.append("</testsuites>\n");
    return xml.toString();
  }

  private static void suite(
      StringBuilder xml, CheckReport report, String group, List<CheckResult> results) {
    long failures = results.stream().filter(CheckResult::blocks).count();
    long skipped = results.stream().filter(CheckResult.NotApplicable.class::isInstance).count();
    xml.append("  <testsuite name=")
        .append(attribute(group))
        .append(" tests=\"")
        .append(results.size())
        .append("\" failures=\"")
        .append(failures)
        .append("\" errors=\"0\" skipped=\"")
        .append(skipped)
        .append("\" timestamp=")
        .append(attribute(report.checkedAt().toString()))
        .append(">\n");
    xml.append("    <properties>\n");
    property(xml, "policy", report.policy().toString());
    property(xml, "subject", report.subject());
    property(xml, "tier", Integer.toString(report.tier().tier().level()));
    for (TriggerOutcome trigger : report.tier().fired()) {
      property(xml, "tier.trigger." + trigger.triggerId(), trigger.explanation());
    }
    xml.append("    </properties>\n");
    for (CheckResult result : results) {
      testcase(xml, report, group, result);
    }
    xml.append("  </testsuite>\n");
  }

  private static void property(StringBuilder xml, String name, String value) {
    xml.append("      <property name=")
        .append(attribute(name))
        .append(" value=")
        .append(attribute(value))
        .append("/>\n");
  }

  private static void testcase(
      StringBuilder xml, CheckReport report, String group, CheckResult result) {
    xml.append("    <testcase name=")
        .append(attribute(result.requirement().title() + " [" + result.requirement().id() + "]"))
        .append(" classname=")
        .append(attribute("clearance." + report.policy().id() + "." + group))
        .append(" time=\"0\"");
    String body =
        switch (result) {
          case CheckResult.Failed failed when failed.blocks() ->
              "      <failure message="
                  + attribute(failed.missing())
                  + " type="
                  + attribute(lower(failed.severity()))
                  + ">"
                  + text(details(failed.whereLooked(), failed.howToFix(), failed.evidence()))
                  + "</failure>\n";
          case CheckResult.Failed failed ->
              "      <system-out>"
                  + text(
                      lower(failed.severity())
                          + ": "
                          + failed.missing()
                          + "\n"
                          + details(failed.whereLooked(), failed.howToFix(), failed.evidence()))
                  + "</system-out>\n";
          case CheckResult.Warned warned ->
              "      <system-out>"
                  + text(
                      "warning: "
                          + warned.problem()
                          + "\n"
                          + details(warned.whereLooked(), warned.howToFix(), warned.evidence()))
                  + "</system-out>\n";
          case CheckResult.NotApplicable notApplicable ->
              "      <skipped message=" + attribute(notApplicable.reason()) + "/>\n";
          case CheckResult.Passed passed -> "";
        };
    if (body.isEmpty()) {
      xml.append("/>\n");
    } else {
      xml.append(">\n").append(body).append("    </testcase>\n");
    }
  }

  private static String details(
      List<String> whereLooked, String howToFix, List<Evidence> evidence) {
    StringBuilder text = new StringBuilder();
    text.append("Where Clearance looked:").append(whereLooked.isEmpty() ? " nothing\n" : "\n");
    whereLooked.forEach(place -> text.append("  - ").append(place).append('\n'));
    for (Evidence item : evidence) {
      text.append("Found: ")
          .append(item.what())
          .append(" = ")
          .append(item.value())
          .append(" (")
          .append(item.source())
          .append(")\n");
    }
    if (!howToFix.isBlank()) {
      text.append("How to fix:\n").append(howToFix.strip()).append('\n');
    }
    return text.toString();
  }

  static String group(String requirementId) {
    int dot = requirementId.indexOf('.');
    return dot > 0 ? requirementId.substring(0, dot) : requirementId;
  }

  /** A quoted attribute value; line feeds and tabs are kept as character references. */
  static String attribute(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char character : UntrustedText.visible(value).toCharArray()) {
      switch (character) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        case '\n' -> out.append("&#10;");
        case '\t' -> out.append("&#9;");
        default -> out.append(character);
      }
    }
    return out.append('"').toString();
  }

  /** Element content. */
  static String text(String value) {
    StringBuilder out = new StringBuilder();
    for (char character : UntrustedText.visible(value).toCharArray()) {
      switch (character) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> out.append(character);
      }
    }
    return out.toString();
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(java.util.Locale.ROOT);
  }
}
