package dev.clearance.server.finding;

import java.util.List;

/**
 * A page of contested findings waiting for a steward, oldest deadline first.
 *
 * @param next the cursor of the next page ({@code after}), absent on the last page
 */
public record ContestedList(List<ContestedView> items, String next) {
  public ContestedList {
    items = List.copyOf(items);
  }
}
