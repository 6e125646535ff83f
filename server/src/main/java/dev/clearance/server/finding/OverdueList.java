package dev.clearance.server.finding;

import java.util.List;

/**
 * A page of overdue findings, oldest deadline first.
 *
 * @param next the cursor of the next page ({@code after}), absent on the last page
 */
public record OverdueList(List<OverdueView> items, String next) {
  public OverdueList {
    items = List.copyOf(items);
  }
}
