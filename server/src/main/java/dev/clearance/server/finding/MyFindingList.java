package dev.clearance.server.finding;

import java.util.List;

/**
 * A page of the calling evaluator's own findings across releases ({@code GET /api/v1/me/findings}).
 *
 * @param items the findings whose release the caller may see now, oldest first, with their
 *     responses
 * @param unseen how many of this page's findings are left out because their release is no longer
 *     visible to the caller (an access grant ended before it was released); they reappear once it
 *     is public
 * @param next the cursor of the next page ({@code after}), absent on the last page
 */
public record MyFindingList(List<FindingView> items, int unseen, String next) {
  public MyFindingList {
    items = List.copyOf(items);
  }
}
