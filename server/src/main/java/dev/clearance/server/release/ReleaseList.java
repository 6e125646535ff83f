package dev.clearance.server.release;

import java.util.List;

/**
 * A page of releases.
 *
 * @param next the cursor of the next page ({@code after}), absent on the last page
 */
public record ReleaseList(List<ReleaseView> items, String next) {
  public ReleaseList {
    items = List.copyOf(items);
  }
}
