package dev.clearance.server.review;

import java.util.List;

/**
 * A page of access grants.
 *
 * @param next the cursor of the next page ({@code after}), absent on the last page
 */
public record GrantList(List<GrantView> items, String next) {
  public GrantList {
    items = List.copyOf(items);
  }
}
