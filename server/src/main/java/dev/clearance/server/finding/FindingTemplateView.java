package dev.clearance.server.finding;

import dev.clearance.policy.FindingField;
import dev.clearance.policy.FindingSeverity;
import dev.clearance.policy.Policy;
import java.util.List;

/**
 * The finding template of a release's policy (REV-4), for the form evaluators fill in: the fields
 * in order with their API names, labels, help and whether they are required; the categories; the
 * severity scale with each severity's response deadline; the contest period; and, for the
 * organization's response form, the kinds of response with their fields (REV-5).
 *
 * @param policy {@code <id>@<version>} of the policy that governs the release
 * @param contestDays days after a response during which its evaluator may contest it, once
 * @param responses the kinds of response the organization may give, with their fields (REV-5)
 */
public record FindingTemplateView(
    String policy,
    int contestDays,
    List<TemplateFieldView> fields,
    List<String> categories,
    List<TemplateSeverityView> severities,
    List<ResponseKindView> responses) {

  public FindingTemplateView {
    fields = List.copyOf(fields);
    categories = List.copyOf(categories);
    severities = List.copyOf(severities);
    responses = List.copyOf(responses);
  }

  /** The template of {@code policy}, as {@code GET …/finding-template} shows it. */
  public static FindingTemplateView of(Policy policy) {
    var review = policy.review();
    return new FindingTemplateView(
        policy.id() + "@" + policy.version(),
        review.contestDays(),
        review.findings().fields().stream().map(FindingTemplateView::field).toList(),
        review.findings().categories(),
        review.findings().severities().stream().map(FindingTemplateView::severity).toList(),
        ResponseForm.kinds());
  }

  private static TemplateFieldView field(FindingField field) {
    return new TemplateFieldView(
        field.id(),
        FindingForm.API_NAMES.get(field.id()),
        field.label(),
        field.help(),
        field.required());
  }

  private static TemplateSeverityView severity(FindingSeverity severity) {
    return new TemplateSeverityView(severity.id(), severity.title(), severity.responseDays());
  }
}
