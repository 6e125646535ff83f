package dev.clearance.server.web.incident;

import dev.clearance.server.web.Links;
import dev.clearance.server.web.steward.Tab;
import java.util.List;

/**
 * An organization's incidents ({@code incident/list.jte}) with one status filter, for its
 * responders.
 */
public record OrgIncidentsView(String org, List<Tab> tabs, IncidentResults results) {

  public OrgIncidentsView {
    tabs = List.copyOf(tabs);
  }

  /** The organization's dashboard. */
  public String organizationPath() {
    return Links.organization(org);
  }
}
