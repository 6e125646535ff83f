package dev.clearance.server.finding;

import dev.clearance.policy.FindingField;
import dev.clearance.policy.FindingSeverity;
import dev.clearance.policy.FindingTemplate;
import dev.clearance.server.http.ApiException;
import dev.clearance.server.http.TextFields;
import dev.clearance.store.finding.FindingContent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a filed finding against the template of the release's policy (REV-4): every field the
 * template requires is there, no field outside the template is given, the category and severity are
 * the template's, affected versions are version labels, texts fit their lengths. Every broken rule
 * is reported at once in a 400 naming the fields and the allowed values.
 */
final class FindingForm {

  /** Longest title, in characters. */
  static final int TITLE = 200;

  /** Most affected versions one finding names. */
  static final int MAX_VERSIONS = 50;

  private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._+-]{0,63}");

  /** The API name of each template field. */
  static final Map<String, String> API_NAMES =
      Map.of(
          "title", "title",
          "category", "category",
          "severity", "severity",
          "affected_versions", "affectedVersions",
          "summary", "summary",
          "reproduction", "reproduction",
          "evidence", "evidence",
          "suggested_mitigation", "suggestedMitigation");

  private final FindingTemplate template;
  private final List<Map<String, Object>> problems = new ArrayList<>();

  private FindingForm(FindingTemplate template) {
    this.template = template;
  }

  /**
   * The finding's content as {@code body} gives it.
   *
   * @throws ApiException 400 {@code invalid_finding} listing every broken rule (details: {@code
   *     field} of the first, {@code problems} with each field, message and allowed values)
   */
  static FindingContent read(FindingRequest body, FindingTemplate template) {
    FindingForm form = new FindingForm(template);
    String title = form.text("title", body.title(), TITLE);
    String category = form.choice("category", body.category(), template.categories());
    String severity =
        form.choice(
            "severity",
            body.severity(),
            template.severities().stream().map(FindingSeverity::id).toList());
    List<String> versions = form.versions(body.affectedVersions());
    String summary = form.text("summary", body.summary(), TextFields.DOCUMENT);
    String reproduction = form.text("reproduction", body.reproduction(), TextFields.DOCUMENT);
    String evidence = form.text("evidence", body.evidence(), TextFields.DOCUMENT);
    String mitigation =
        form.text("suggested_mitigation", body.suggestedMitigation(), TextFields.DOCUMENT);
    form.throwIfBroken();
    return new FindingContent(
        title, category, severity, versions, summary, reproduction, evidence, mitigation);
  }

  /** The field's text, stripped, or null when absent; records what is wrong with it. */
  private String text(String id, String value, int max) {
    boolean given = value != null && !value.isBlank();
    if (!inTemplate(id, given)) {
      return null;
    }
    try {
      return TextFields.optional(API_NAMES.get(id), value, max);
    } catch (ApiException invalid) {
      problem(id, invalid.error().message(), null);
      return null;
    }
  }

  private String choice(String id, String value, List<String> allowed) {
    String text = text(id, value, 100);
    if (text != null && !allowed.contains(text)) {
      problem(
          id,
          API_NAMES.get(id) + " '" + FindingAccess.printable(text) + "' is not in the template",
          allowed);
      return null;
    }
    return text;
  }

  private List<String> versions(List<String> labels) {
    boolean given = labels != null && !labels.isEmpty();
    if (!inTemplate("affected_versions", given) || !given) {
      return List.of();
    }
    if (labels.size() > MAX_VERSIONS) {
      problem(
          "affected_versions",
          "affectedVersions names " + labels.size() + " versions; at most " + MAX_VERSIONS,
          null);
      return List.of();
    }
    LinkedHashSet<String> unique = new LinkedHashSet<>();
    for (String label : labels) {
      if (label == null || !VERSION.matcher(label).matches()) {
        problem(
            "affected_versions",
            "affectedVersions holds '"
                + FindingAccess.printable(String.valueOf(label))
                + "', which is not a version label (1 to 64 of letters, digits, '.', '_', '+',"
                + " '-')",
            null);
        return List.of();
      }
      unique.add(label);
    }
    return List.copyOf(unique);
  }

  /**
   * True when the field is in the template and given; records a missing required field or a field
   * the template does not have.
   */
  private boolean inTemplate(String id, boolean given) {
    Optional<FindingField> field = template.field(id);
    if (field.isEmpty()) {
      if (given) {
        problem(id, API_NAMES.get(id) + " is not a field of this policy's finding template", null);
      }
      return false;
    }
    if (!given && field.get().required()) {
      problem(
          id,
          API_NAMES.get(id)
              + " is required ("
              + field.get().label()
              + ": "
              + field.get().help()
              + ")",
          null);
    }
    return given;
  }

  private void problem(String id, String message, List<String> allowed) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("field", API_NAMES.get(id));
    problem.put("templateField", id);
    problem.put("message", message);
    if (allowed != null) {
      problem.put("allowed", allowed);
    }
    problems.add(problem);
  }

  private void throwIfBroken() {
    if (problems.isEmpty()) {
      return;
    }
    Map<String, Object> first = problems.get(0);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("field", first.get("field"));
    if (first.containsKey("allowed")) {
      details.put("allowed", first.get("allowed"));
    }
    details.put("problems", List.copyOf(problems));
    String message =
        first.get("message")
            + (first.containsKey("allowed") ? "; allowed: " + first.get("allowed") : "")
            + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : "");
    throw ApiException.badRequest(
        "invalid_finding",
        message,
        details,
        "Follow the finding template of the release's policy: GET …/finding-template lists the"
            + " fields, which are required, the categories and the severities.");
  }
}
