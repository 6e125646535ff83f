package dev.clearance.policy;

import dev.clearance.document.InputException;
import dev.clearance.document.Node;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads the {@code review} block of a policy into {@link ReviewRules}; see docs/policy.md. */
final class ReviewRulesReader {

  private ReviewRulesReader() {}

  static ReviewRules read(PolicyFields top) throws InputException {
    Node node = top.required("review");
    PolicyFields review = PolicyFields.of(node, "review");
    review.onlyKeys("max_grant_days", "contest_days", "findings", "rollout");
    FindingTemplate template = template(review);
    List<RolloutStage> stages = stages(review);
    return new ReviewRules(
        (int) review.wholeNumber("max_grant_days", 1, 3650),
        (int) review.wholeNumber("contest_days", 1, 365),
        template,
        stages);
  }

  private static FindingTemplate template(PolicyFields review) throws InputException {
    Node node = review.required("findings");
    PolicyFields findings = PolicyFields.of(node, "review.findings");
    findings.onlyKeys("categories", "severities", "fields");
    List<String> categories = findings.texts("categories");
    if (categories.isEmpty() || new HashSet<>(categories).size() != categories.size()) {
      throw PolicyFields.error(
          findings.required("categories"),
          "review.findings.categories must list at least one category, each once");
    }
    List<FindingSeverity> severities = new ArrayList<>();
    Set<String> severityIds = new HashSet<>();
    for (Node item : findings.list("severities")) {
      PolicyFields fields = PolicyFields.of(item, "a severity of review.findings");
      fields.onlyKeys("id", "title", "response_days");
      String id = fields.text("id");
      if (!severityIds.add(id)) {
        throw PolicyFields.error(item, "severity '%s' is listed twice".formatted(id));
      }
      severities.add(
          new FindingSeverity(
              id, fields.text("title"), (int) fields.wholeNumber("response_days", 1, 365)));
    }
    if (severities.isEmpty()) {
      throw PolicyFields.error(
          node, "review.findings must list its severity scale under 'severities', lowest first");
    }
    return new FindingTemplate(categories, severities, fields(findings));
  }

  private static List<FindingField> fields(PolicyFields findings) throws InputException {
    List<FindingField> fields = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Node item : findings.list("fields")) {
      PolicyFields field = PolicyFields.of(item, "a field of review.findings");
      field.onlyKeys("id", "label", "help", "required");
      String id = field.text("id");
      if (!FindingField.KNOWN.contains(id)) {
        throw PolicyFields.error(
            field.required("id"),
            "unknown finding field '%s'; known fields: %s"
                .formatted(id, String.join(", ", FindingField.KNOWN)));
      }
      if (!ids.add(id)) {
        throw PolicyFields.error(item, "finding field '%s' is listed twice".formatted(id));
      }
      fields.add(
          new FindingField(
              id, field.text("label"), field.text("help"), field.flag("required", false)));
    }
    for (String always : List.of("title", "category", "severity")) {
      if (!ids.contains(always)) {
        throw PolicyFields.error(
            findings.mapping(),
            "review.findings.fields must include '%s'; every finding has one".formatted(always));
      }
    }
    return fields;
  }

  private static List<RolloutStage> stages(PolicyFields review) throws InputException {
    List<RolloutStage> stages = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Node item : review.list("rollout")) {
      PolicyFields fields = PolicyFields.of(item, "a stage of review.rollout");
      fields.onlyKeys("id", "title", "audience", "min_days", "entry");
      String id = fields.text("id");
      if (!ids.add(id)) {
        throw PolicyFields.error(item, "rollout stage '%s' is listed twice".formatted(id));
      }
      List<String> entry = fields.texts("entry");
      for (String criterion : entry) {
        if (!RolloutStage.CRITERIA.contains(criterion)) {
          throw PolicyFields.error(
              fields.required("entry"),
              "unknown entry criterion '%s' of stage '%s'; known: %s"
                  .formatted(criterion, id, String.join(", ", RolloutStage.CRITERIA)));
        }
      }
      stages.add(
          new RolloutStage(
              id,
              fields.text("title"),
              fields.text("audience"),
              (int) fields.wholeNumber("min_days", 0, 3650),
              entry));
    }
    if (stages.isEmpty()) {
      throw PolicyFields.error(
          review.required("rollout"), "review.rollout must list at least one stage");
    }
    return stages;
  }
}
