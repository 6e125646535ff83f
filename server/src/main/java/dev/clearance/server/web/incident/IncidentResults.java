package dev.clearance.server.web.incident;

import dev.clearance.server.incident.IncidentView;
import dev.clearance.server.web.Links;
import dev.clearance.server.web.Pager;
import java.util.List;

/**
 * One page of an incident list with one status filter ({@code incident/results.jte}), as the
 * organization's list and the stewards' list show it; the fragment an htmx pager asks for.
 *
 * @param heading what the filter shows, e.g. "Open incidents"
 * @param emptyMessage what an empty page says
 * @param withOrganization true to name each incident's organization (lists of every organization)
 */
public record IncidentResults(
    String heading,
    String emptyMessage,
    List<IncidentView> items,
    Pager pager,
    PlaybookWords playbook,
    boolean withOrganization) {

  public IncidentResults {
    items = List.copyOf(items);
  }

  /** The page of {@code incident}. */
  public String incidentPath(IncidentView incident) {
    return Links.incident(incident.org(), incident.id());
  }

  /** Whether a deadline of {@code incident} has passed while it is open. */
  public static boolean overdue(IncidentView incident) {
    return incident.acknowledgementOverdue() || incident.resolutionOverdue();
  }
}
