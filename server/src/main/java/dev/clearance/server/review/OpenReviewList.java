package dev.clearance.server.review;

import java.util.List;

/**
 * A page of releases in community review.
 *
 * @param next the cursor of the next page ({@code after}), absent on the last page
 */
public record OpenReviewList(List<OpenReviewView> items, String next) {
  public OpenReviewList {
    items = List.copyOf(items);
  }
}
