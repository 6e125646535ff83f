package dev.clearance.server.finding;

import java.util.List;

/**
 * A page of findings waiting for the organization's response, nearest deadline first.
 *
 * @param next the cursor of the next page ({@code after}), absent on the last page
 */
public record AwaitingList(List<AwaitingView> items, String next) {
  public AwaitingList {
    items = List.copyOf(items);
  }
}
