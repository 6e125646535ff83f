package dev.clearance.server.web.steward;

import dev.clearance.server.finding.ContestedView;
import dev.clearance.server.finding.OverdueView;
import dev.clearance.server.web.Pager;
import java.util.List;

/**
 * The stewards' finding queues (REV-5): contested responses to decide ({@code /steward/contested})
 * or unanswered findings past their deadline ({@code /steward/overdue}); one of the two lists is
 * shown.
 */
public record FindingQueueView(
    List<Tab> tabs, List<ContestedView> contested, List<OverdueView> overdue, Pager pager) {

  public FindingQueueView {
    tabs = List.copyOf(tabs);
    contested = List.copyOf(contested);
    overdue = List.copyOf(overdue);
  }
}
