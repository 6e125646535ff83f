package dev.clearance.server.finding;

import dev.clearance.server.http.ApiException;
import dev.clearance.server.http.TextFields;
import dev.clearance.store.finding.ResponseKind;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A checked response (REV-5): a mitigation names what changed, in which version, with evidence; an
 * accepted risk or a dispute gives a rationale. Fields of another kind are refused, so a response
 * says exactly one thing.
 *
 * @param whatChanged null unless mitigated, as {@code fixedIn} and {@code evidence}
 * @param rationale null for mitigated
 */
record ResponseForm(
    ResponseKind kind, String whatChanged, String fixedIn, String evidence, String rationale) {

  private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._+-]{0,63}");

  /**
   * The kinds of response with the fields {@link #read} takes for each, for the response form
   * ({@code GET …/finding-template}).
   */
  static List<ResponseKindView> kinds() {
    return List.of(
        new ResponseKindView(
            ResponseKind.MITIGATED.code(),
            "Mitigated",
            "Something was changed: say what, in which version, with evidence that it works.",
            List.of(
                new TemplateFieldView(
                    "what_changed",
                    "whatChanged",
                    "What changed",
                    "What was changed in the model, its training or its safeguards.",
                    true),
                new TemplateFieldView(
                    "fixed_in",
                    "fixedIn",
                    "Fixed in version",
                    "The version label that has the change, e.g. 1.0.1.",
                    true),
                new TemplateFieldView(
                    "evidence",
                    "evidence",
                    "Evidence",
                    "Evidence that the change works, e.g. scores before and after.",
                    true))),
        new ResponseKindView(
            ResponseKind.ACCEPTED_RISK.code(),
            "Accepted risk",
            "The risk stays: say why it is acceptable.",
            List.of(rationale("Why the risk is accepted, and for which uses."))),
        new ResponseKindView(
            ResponseKind.DISPUTED.code(),
            "Disputed",
            "The finding is not right: say why.",
            List.of(rationale("Why the finding is disputed, with evidence where there is some."))));
  }

  private static TemplateFieldView rationale(String help) {
    return new TemplateFieldView("rationale", "rationale", "Rationale", help, true);
  }

  /**
   * @throws ApiException 400 naming the field that is missing, wrong or not of the kind
   */
  static ResponseForm read(ResponseRequest body) {
    List<String> kinds = Arrays.stream(ResponseKind.values()).map(ResponseKind::code).toList();
    String code = TextFields.required("kind", body.kind(), 50);
    ResponseKind kind;
    try {
      kind = ResponseKind.fromCode(code);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(
          "invalid_value",
          "kind '" + FindingAccess.printable(code) + "' is not one of " + kinds,
          Map.of("field", "kind", "allowed", kinds),
          "Respond with one of " + kinds + ".");
    }
    if (kind == ResponseKind.MITIGATED) {
      notOfKind("rationale", body.rationale(), kind);
      String fixedIn = TextFields.required("fixedIn", body.fixedIn(), 64);
      if (!VERSION.matcher(fixedIn).matches()) {
        throw ApiException.badRequest(
            "invalid_value",
            "fixedIn '" + FindingAccess.printable(fixedIn) + "' is not a version label",
            Map.of("field", "fixedIn"),
            "Name the version with the change, e.g. 1.0.1: letters, digits, '.', '_', '+', '-'.");
      }
      return new ResponseForm(
          kind,
          TextFields.required("whatChanged", body.whatChanged(), TextFields.DOCUMENT),
          fixedIn,
          TextFields.required("evidence", body.evidence(), TextFields.DOCUMENT),
          null);
    }
    notOfKind("whatChanged", body.whatChanged(), kind);
    notOfKind("fixedIn", body.fixedIn(), kind);
    notOfKind("evidence", body.evidence(), kind);
    return new ResponseForm(
        kind,
        null,
        null,
        null,
        TextFields.required("rationale", body.rationale(), TextFields.DOCUMENT));
  }

  private static void notOfKind(String field, String value, ResponseKind kind) {
    if (value != null) {
      throw ApiException.badRequest(
          "invalid_value",
          field + " is not part of a " + kind.code() + " response",
          Map.of("field", field),
          kind == ResponseKind.MITIGATED
              ? "A mitigation gives whatChanged, fixedIn and evidence; leave out rationale."
              : "An accepted_risk or disputed response gives a rationale only.");
    }
  }
}
