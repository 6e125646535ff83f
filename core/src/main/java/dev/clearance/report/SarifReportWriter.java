package dev.clearance.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clearance.check.CheckResult;
import dev.clearance.check.Evidence;
import dev.clearance.check.Requirement;
import dev.clearance.check.Severity;
import dev.clearance.document.Source;
import dev.clearance.tier.TriggerOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a report as a SARIF 2.1.0 log (OASIS Static Analysis Results Interchange Format) that
 * code-scanning tools accept. Mapping (documented in {@code docs/report-format.md}):
 *
 * <ul>
 *   <li>every requirement is a rule ({@code tool.driver.rules}); its help text is the fix
 *   <li>a {@code Failed} result is a result of level {@code error} (blocker), {@code warning} or
 *       {@code note} (info); a {@code Warned} result is a {@code warning}; passes and
 *       not-applicable requirements give no result
 *   <li>every fired tier trigger is a {@code note} result of rule {@code tier/<trigger id>}
 *   <li>the tier decision, policy and verdict are properties of the run
 * </ul>
 *
 * Locations are the evidence sources; a result without evidence points at the model card (the first
 * markdown file read), so every result has a location as code-scanning tools require.
 */
public final class SarifReportWriter implements ReportWriter {

  /** Where users of a SARIF viewer can learn about the tool. */
  public static final String INFORMATION_URI = "https://clearance.dev";

  static final String SCHEMA_URI =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  static final String TRIGGER_RULE_PREFIX = "tier/";

  private final String toolVersion;

  /**
   * @param toolVersion the Clearance version that made the report
   */
  public SarifReportWriter(String toolVersion) {
    this.toolVersion = Objects.requireNonNull(toolVersion, "toolVersion");
  }

  @Override
  public String render(CheckReport report) {
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    ArrayNode rules = JsonSupport.object().arrayNode();
    for (CheckResult result : report.results()) {
      if (!ruleIndex.containsKey(result.requirement().id())) {
        ruleIndex.put(result.requirement().id(), rules.size());
        rules.add(rule(result));
      }
    }
    for (TriggerOutcome trigger : report.tier().fired()) {
      String id = TRIGGER_RULE_PREFIX + trigger.triggerId();
      if (!ruleIndex.containsKey(id)) {
        ruleIndex.put(id, rules.size());
        rules.add(triggerRule(trigger));
      }
    }

    ObjectNode root = JsonSupport.object();
    root.put("$schema", SCHEMA_URI);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "clearance");
    driver.put("version", toolVersion);
    driver.put("informationUri", INFORMATION_URI);
    driver.set("rules", rules);

    ObjectNode invocation = run.putArray("invocations").addObject();
    invocation.put("executionSuccessful", true);
    invocation.put("endTimeUtc", report.checkedAt().toString());

    String fallbackFile = primaryFile(report);
    ArrayNode results = run.putArray("results");
    for (CheckResult result : report.results()) {
      String level = level(result);
      if (level != null) {
        String id = result.requirement().id();
        ObjectNode node = results.addObject();
        node.put("ruleId", id);
        node.put("ruleIndex", ruleIndex.get(id));
        node.put("level", level);
        node.putObject("message").put("text", message(result));
        node.set("locations", locations(result.evidence(), fallbackFile));
      }
    }
    for (TriggerOutcome trigger : report.tier().fired()) {
      String id = TRIGGER_RULE_PREFIX + trigger.triggerId();
      ObjectNode node = results.addObject();
      node.put("ruleId", id);
      node.put("ruleIndex", ruleIndex.get(id));
      node.put("kind", "informational");
      node.put("level", "note");
      node.putObject("message")
          .put(
              "text",
              "Raises the release to "
                  + trigger.tier()
                  + " under "
                  + report.policy()
                  + ": "
                  + trigger.explanation());
      node.set("locations", locations(trigger.evidence(), fallbackFile));
    }
    run.set("properties", runProperties(report));
    return JsonSupport.print(root);
  }

  private static ObjectNode rule(CheckResult result) {
    Requirement requirement = result.requirement();
    ObjectNode rule = JsonSupport.object();
    rule.put("id", requirement.id());
    rule.putObject("shortDescription").put("text", requirement.title());
    String refs =
        requirement.specRefs().isEmpty()
            ? ""
            : " (" + String.join(", ", requirement.specRefs()) + ")";
    rule.putObject("fullDescription")
        .put("text", "Release dossier requirement: " + requirement.title() + refs + ".");
    String fix =
        switch (result) {
          case CheckResult.Failed failed -> failed.howToFix();
          case CheckResult.Warned warned -> warned.howToFix();
          default -> "";
        };
    if (!fix.isBlank()) {
      rule.putObject("help").put("text", fix);
    }
    if (result instanceof CheckResult.Failed failed) {
      rule.putObject("defaultConfiguration").put("level", level(failed.severity()));
    }
    ObjectNode properties = rule.putObject("properties");
    properties.set("specRefs", JsonSupport.strings(requirement.specRefs()));
    List<String> tags = new ArrayList<>(List.of("clearance"));
    tags.addAll(requirement.specRefs());
    properties.set("tags", JsonSupport.strings(tags));
    return rule;
  }

  private static ObjectNode triggerRule(TriggerOutcome trigger) {
    ObjectNode rule = JsonSupport.object();
    rule.put("id", TRIGGER_RULE_PREFIX + trigger.triggerId());
    String title = trigger.title() == null ? trigger.triggerId() : trigger.title();
    rule.putObject("shortDescription").put("text", title);
    rule.putObject("fullDescription")
        .put("text", "Tier trigger: " + title + " raises a release to " + trigger.tier() + ".");
    rule.putObject("defaultConfiguration").put("level", "note");
    ObjectNode properties = rule.putObject("properties");
    properties.put("tier", trigger.tier().level());
    properties.set("tags", JsonSupport.strings(List.of("clearance", "tier", "POL-3")));
    return rule;
  }

  /** The SARIF level of a result, or null when the result is not reported. */
  private static String level(CheckResult result) {
    return switch (result) {
      case CheckResult.Failed failed -> level(failed.severity());
      case CheckResult.Warned warned -> "warning";
      default -> null;
    };
  }

  private static String level(Severity severity) {
    return switch (severity) {
      case BLOCKER -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  private static String message(CheckResult result) {
    return switch (result) {
      case CheckResult.Failed failed ->
          message(result, failed.missing(), failed.whereLooked(), failed.howToFix());
      case CheckResult.Warned warned ->
          message(result, warned.problem(), warned.whereLooked(), warned.howToFix());
      default -> result.requirement().title();
    };
  }

  /** "Title: problem", then where Clearance looked and the fix, each only when there is one. */
  private static String message(
      CheckResult result, String problem, List<String> whereLooked, String howToFix) {
    StringBuilder text =
        new StringBuilder(result.requirement().title()).append(": ").append(problem);
    if (!whereLooked.isEmpty()) {
      text.append("\nLooked in: ").append(String.join("; ", whereLooked));
    }
    if (!howToFix.isBlank()) {
      text.append("\nHow to fix:\n").append(howToFix);
    }
    return text.toString();
  }

  private static ArrayNode locations(List<Evidence> evidence, String fallbackFile) {
    ArrayNode locations = JsonSupport.object().arrayNode();
    List<Source> seen = new ArrayList<>();
    for (Evidence item : evidence) {
      if (!seen.contains(item.source())) {
        seen.add(item.source());
        locations.add(location(item.source(), item.what()));
      }
    }
    if (locations.isEmpty()) {
      locations.add(location(Source.ofFile(fallbackFile), null));
    }
    return locations;
  }

  private static ObjectNode location(Source source, String what) {
    ObjectNode location = JsonSupport.object();
    ObjectNode physical = location.putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", ArtifactUri.of(source.file()));
    if (source.line() > 0) {
      physical.putObject("region").put("startLine", source.line());
    }
    if (!source.pointer().isEmpty()) {
      ObjectNode logical = location.putArray("logicalLocations").addObject();
      logical.put("fullyQualifiedName", source.pointer());
      location.putObject("properties").put("jsonPointer", source.pointer());
    }
    if (what != null && !what.isBlank()) {
      location.putObject("message").put("text", what);
    }
    return location;
  }

  /** The model card when one was read, else the first file read, else the subject. */
  private static String primaryFile(CheckReport report) {
    return report.filesRead().stream()
        .filter(file -> file.toLowerCase(java.util.Locale.ROOT).endsWith(".md"))
        .findFirst()
        .or(() -> report.filesRead().stream().findFirst())
        .orElse(report.subject());
  }

  private static ObjectNode runProperties(CheckReport report) {
    ObjectNode properties = JsonSupport.object();
    properties.put("policy", report.policy().toString());
    properties.put("subject", report.subject());
    properties.put("passed", report.passed());
    ObjectNode tier = properties.putObject("tier");
    tier.put("tier", report.tier().tier().level());
    tier.put("name", report.tier().tier().toString());
    tier.set(
        "firedTriggers",
        JsonSupport.strings(
            report.tier().fired().stream().map(TriggerOutcome::triggerId).toList()));
    report
        .tier()
        .parameters()
        .ifPresent(
            count -> {
              tier.put("parameters", count.total());
              tier.put("parametersBasis", count.basis().name().toLowerCase(java.util.Locale.ROOT));
            });
    return properties;
  }
}
