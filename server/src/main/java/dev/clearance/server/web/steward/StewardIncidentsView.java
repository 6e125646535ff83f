package dev.clearance.server.web.steward;

import dev.clearance.server.web.incident.IncidentResults;
import java.util.List;

/**
 * The stewards' incident page ({@code /steward/incidents?status=…}): every organization's incidents
 * with one status filter.
 *
 * @param tabs one tab per filter, "Needs attention" first
 */
public record StewardIncidentsView(List<Tab> tabs, IncidentResults results) {

  public StewardIncidentsView {
    tabs = List.copyOf(tabs);
  }
}
