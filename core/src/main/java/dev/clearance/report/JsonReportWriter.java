package dev.clearance.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clearance.check.CheckResult;
import dev.clearance.check.Evidence;
import dev.clearance.check.Requirement;
import dev.clearance.document.Source;
import dev.clearance.dossier.ParameterCount;
import dev.clearance.tier.ReviewSuggestion;
import dev.clearance.tier.TierDecision;
import dev.clearance.tier.TriggerOutcome;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes a report as JSON that follows {@code schemas/check-report-1.0.schema.json} (on the
 * classpath; documented in {@code docs/report-format.md}). Fields always come in the same order;
 * values are the report's values, unshortened and unescaped apart from JSON's own escaping.
 */
public final class JsonReportWriter implements ReportWriter {

  /** Classpath location of the JSON Schema this writer's output follows. */
  public static final String SCHEMA_RESOURCE =
      "/schemas/check-report-" + CheckReport.SCHEMA_VERSION + ".schema.json";

  private final String toolVersion;

  /**
   * @param toolVersion the Clearance version that made the report
   */
  public JsonReportWriter(String toolVersion) {
    this.toolVersion = Objects.requireNonNull(toolVersion, "toolVersion");
  }

  @Override
  public String render(CheckReport report) {
    ObjectNode root = JsonSupport.object();
    root.put("schemaVersion", CheckReport.SCHEMA_VERSION);
    ObjectNode tool = root.putObject("tool");
    tool.put("name", "clearance");
    tool.put("version", toolVersion);
    ObjectNode policy = root.putObject("policy");
    policy.put("id", report.policy().id());
    policy.put("version", report.policy().version());
    policy.put("title", report.policy().title());
    root.put("subject", report.subject());
    root.put("checkedAt", report.checkedAt().toString());
    root.put("passed", report.passed());
    root.set("summary", summary(ReportSummary.of(report)));
    root.set("filesRead", JsonSupport.strings(report.filesRead()));
    root.set("tier", tier(report.tier()));
    ArrayNode results = root.putArray("results");
    report.results().forEach(result -> results.add(result(result)));
    return JsonSupport.print(root);
  }

  private static ObjectNode summary(ReportSummary summary) {
    ObjectNode node = JsonSupport.object();
    node.put("requirements", summary.requirements());
    node.put("passed", summary.passed());
    node.put("failed", summary.failed());
    node.put("blocking", summary.blocking());
    node.put("warned", summary.warned());
    node.put("notApplicable", summary.notApplicable());
    return node;
  }

  private static ObjectNode tier(TierDecision decision) {
    ObjectNode node = JsonSupport.object();
    node.put("tier", decision.tier().level());
    node.put("name", decision.tier().toString());
    node.set("parameters", decision.parameters().map(JsonReportWriter::parameters).orElse(null));
    ArrayNode triggers = node.putArray("triggers");
    decision.triggers().forEach(trigger -> triggers.add(trigger(trigger)));
    ArrayNode suggestions = node.putArray("reviewSuggestions");
    decision.reviewSuggestions().forEach(suggestion -> suggestions.add(suggestion(suggestion)));
    return node;
  }

  private static ObjectNode parameters(ParameterCount count) {
    ObjectNode node = JsonSupport.object();
    node.put("total", count.total());
    if (count.active().isPresent()) {
      node.put("active", count.active().getAsLong());
    } else {
      node.putNull("active");
    }
    node.put("human", count.humanTotal());
    node.put("basis", count.basis().name().toLowerCase(Locale.ROOT));
    node.put("exact", count.basis().exact());
    node.put("detail", count.detail());
    node.set("source", source(count.source()));
    return node;
  }

  private static ObjectNode trigger(TriggerOutcome trigger) {
    ObjectNode node = JsonSupport.object();
    node.put("id", trigger.triggerId());
    node.put("title", trigger.title());
    node.put("tier", trigger.tier().level());
    node.put("fired", trigger.fired());
    node.put("explanation", trigger.explanation());
    node.set("evidence", evidence(trigger.evidence()));
    return node;
  }

  private static ObjectNode suggestion(ReviewSuggestion suggestion) {
    ObjectNode node = JsonSupport.object();
    node.put("triggerId", suggestion.triggerId());
    node.put("message", suggestion.message());
    node.set("evidence", evidence(suggestion.evidence()));
    return node;
  }

  private static ObjectNode result(CheckResult result) {
    ObjectNode node = JsonSupport.object();
    Requirement requirement = result.requirement();
    node.put("id", requirement.id());
    node.put("title", requirement.title());
    node.set("specRefs", JsonSupport.strings(requirement.specRefs()));
    node.put("status", ResultStatus.of(result).label());
    switch (result) {
      case CheckResult.Passed passed -> node.put("coverage", lower(passed.coverage()));
      case CheckResult.Failed failed -> {
        node.put("severity", lower(failed.severity()));
        node.put("blocking", failed.blocks());
        node.put("coverage", lower(failed.coverage()));
        node.put("missing", failed.missing());
        node.set("whereLooked", JsonSupport.strings(failed.whereLooked()));
        node.put("howToFix", failed.howToFix());
      }
      case CheckResult.Warned warned -> {
        node.put("problem", warned.problem());
        node.set("whereLooked", JsonSupport.strings(warned.whereLooked()));
        node.put("howToFix", warned.howToFix());
      }
      case CheckResult.NotApplicable notApplicable -> node.put("reason", notApplicable.reason());
    }
    node.set("evidence", evidence(result.evidence()));
    return node;
  }

  private static ArrayNode evidence(List<Evidence> evidence) {
    ArrayNode array = JsonSupport.object().arrayNode();
    for (Evidence item : evidence) {
      ObjectNode node = array.addObject();
      node.put("what", item.what());
      node.put("value", item.value());
      node.set("source", source(item.source()));
    }
    return array;
  }

  private static ObjectNode source(Source source) {
    ObjectNode node = JsonSupport.object();
    node.put("file", source.file());
    if (source.line() > 0) {
      node.put("line", source.line());
    } else {
      node.putNull("line");
    }
    if (source.pointer().isEmpty()) {
      node.putNull("pointer");
    } else {
      node.put("pointer", source.pointer());
    }
    return node;
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
