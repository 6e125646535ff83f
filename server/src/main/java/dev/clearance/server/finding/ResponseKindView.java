package dev.clearance.server.finding;

import java.util.List;

/**
 * One kind of response the organization may give to a finding (REV-5), for the response form.
 *
 * @param kind the {@code kind} of the response body, e.g. {@code accepted_risk}
 * @param fields the fields this kind takes, all required; no other field is accepted
 */
public record ResponseKindView(
    String kind, String title, String help, List<TemplateFieldView> fields) {

  public ResponseKindView {
    fields = List.copyOf(fields);
  }
}
