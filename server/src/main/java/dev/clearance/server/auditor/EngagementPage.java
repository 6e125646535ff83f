package dev.clearance.server.auditor;

import java.util.List;

/**
 * One page of the calling auditor's engagements, oldest first.
 *
 * @param next the {@code after} value of the next page, absent on the last page
 */
public record EngagementPage(List<EngagementView> items, String next) {

  public EngagementPage {
    items = List.copyOf(items);
  }
}
