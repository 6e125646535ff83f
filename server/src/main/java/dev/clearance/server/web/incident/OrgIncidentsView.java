package dev.clearance.server.web.incident;

import dev.clearance.server.incident.IncidentView;
import dev.clearance.server.web.Links;
import dev.clearance.server.web.Pager;
import dev.clearance.server.web.steward.Tab;
import java.util.List;

/**
 * An organization's incidents ({@code incident/list.jte}) with one status filter, for its
 * responders.
 *
 * @param heading what the filter shows, e.g. "Open incidents"
 */
public record OrgIncidentsView(
    String org,
    List<Tab> tabs,
    String heading,
    List<IncidentView> items,
    Pager pager,
    PlaybookWords playbook) {

  public OrgIncidentsView {
    tabs = List.copyOf(tabs);
    items = List.copyOf(items);
  }

  /** The page of {@code incident}. */
  public String incidentPath(IncidentView incident) {
    return Links.incident(org, incident.id());
  }

  /** The organization's dashboard. */
  public String organizationPath() {
    return Links.organization(org);
  }

  /** Whether a deadline of {@code incident} has passed while it is open. */
  public static boolean overdue(IncidentView incident) {
    return incident.acknowledgementOverdue() || incident.resolutionOverdue();
  }
}
