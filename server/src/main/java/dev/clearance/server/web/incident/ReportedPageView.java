package dev.clearance.server.web.incident;

import dev.clearance.server.incident.ReportedView;
import dev.clearance.server.web.Links;

/**
 * The confirmation of a new report ({@code incident/reported.jte}): the tracking reference, shown
 * this once, and the report as stored.
 */
public record ReportedPageView(ReportedView reported, PlaybookWords playbook) {

  /** The page of the release reported. */
  public String releasePath() {
    var incident = reported.incident();
    return Links.release(incident.org(), incident.model(), incident.releaseVersion());
  }
}
