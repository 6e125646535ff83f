package dev.clearance.server.web.incident;

import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.route.Access;
import dev.clearance.server.route.Page;
import dev.clearance.server.web.PageRenderer;
import java.util.List;

/**
 * The incident pages (LIFE-2), with the access rules of the API they share code with: anyone
 * reports on a release (and sees a release they may not see as a 404) and tracks a report by its
 * reference; the organization's releasers and the stewards list incidents and take the steps.
 */
public final class IncidentPages {

  private static final String ORG_INCIDENT = "/orgs/{org}/incidents/{incident}";

  private IncidentPages() {}

  public static List<Page> list(RegistryContext context, PageRenderer renderer) {
    ReportPage report = new ReportPage(context, renderer);
    TrackPage track = new TrackPage(context, renderer);
    ResponderPages responders = new ResponderPages(context, renderer);
    String reportPath = "/orgs/{org}/models/{model}/releases/{version}/report";
    return List.of(
        Page.get(reportPath, "incidentReportForm", Access.anyone(), report::show),
        Page.post(reportPath, "incidentReport", Access.anyone(), report::submit),
        Page.get(ReportPage.REPORTED_PATH, "incidentReported", Access.anyone(), report::reported),
        Page.get("/incidents/track", "incidentTracking", Access.anyone(), track::show),
        Page.get(
            "/orgs/{org}/incidents",
            "organizationIncidents",
            Access.releaserOrSteward(),
            responders::list),
        Page.get(
            ORG_INCIDENT, "organizationIncident", Access.releaserOrSteward(), responders::show),
        Page.post(
            ORG_INCIDENT + "/acknowledge",
            "incidentAcknowledgement",
            Access.releaserOrSteward(),
            responders::acknowledge),
        Page.post(
            ORG_INCIDENT + "/updates",
            "incidentUpdate",
            Access.releaserOrSteward(),
            responders::update),
        Page.post(
            ORG_INCIDENT + "/resolve",
            "incidentResolution",
            Access.releaserOrSteward(),
            responders::resolve),
        Page.post(
            ORG_INCIDENT + "/reject",
            "incidentRejection",
            Access.releaserOrSteward(),
            responders::reject));
  }
}
