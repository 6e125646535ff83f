package dev.clearance.server.web.incident;

import dev.clearance.server.incident.IncidentReportRequest;
import dev.clearance.server.incident.IncidentReporting;
import dev.clearance.server.web.Links;

/**
 * The report form of one release ({@code incident/report.jte}), or, for a release that has not been
 * public, why there is none.
 *
 * @param released whether the release has been public, so that incidents may be reported
 * @param typed what the reporter typed (all null on a blank form)
 * @param error why the last post was refused, or {@code null}
 */
public record ReportFormView(
    String org,
    String model,
    String version,
    boolean released,
    PlaybookWords playbook,
    IncidentReportRequest typed,
    FormError error) {

  /** The blank form. */
  static ReportFormView blank(
      String org, String model, String version, boolean released, PlaybookWords playbook) {
    return new ReportFormView(
        org,
        model,
        version,
        released,
        playbook,
        new IncidentReportRequest(null, null, null, null, null),
        null);
  }

  /** "org/model 1.0.0". */
  public String label() {
    return org + "/" + model + " " + version;
  }

  /** The release's page. */
  public String releasePath() {
    return Links.release(org, model, version);
  }

  /** Where the form posts. */
  public String action() {
    return Links.reportIncident(org, model, version);
  }

  /** Longest summary accepted. */
  public int summaryChars() {
    return IncidentReporting.SUMMARY_CHARS;
  }

  /** The field error of {@code name}, or {@code null}. */
  public String errorAbout(String name) {
    return error == null ? null : error.about(name);
  }
}
