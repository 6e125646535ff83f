package dev.clearance.server.review;

import java.util.List;

/**
 * A page of the access log of a release, oldest first.
 *
 * @param next the cursor of the next page ({@code after}), absent on the last page
 */
public record AccessEventList(List<AccessEventView> items, String next) {
  public AccessEventList {
    items = List.copyOf(items);
  }
}
