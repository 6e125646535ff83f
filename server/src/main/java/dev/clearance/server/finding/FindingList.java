package dev.clearance.server.finding;

import java.util.List;

/**
 * A page of a release's findings.
 *
 * @param next the cursor of the next page ({@code after}), absent on the last page
 */
public record FindingList(List<FindingView> items, String next) {
  public FindingList {
    items = List.copyOf(items);
  }
}
