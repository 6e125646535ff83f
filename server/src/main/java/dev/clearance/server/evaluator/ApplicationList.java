package dev.clearance.server.evaluator;

import java.util.List;

/**
 * Evaluator applications: a page of the stewards' queue (oldest first), or all of the caller's own
 * (newest first).
 *
 * @param next the {@code after} value of the next page, absent on the last page
 */
public record ApplicationList(List<ApplicationView> items, String next) {

  public ApplicationList {
    items = List.copyOf(items);
  }
}
