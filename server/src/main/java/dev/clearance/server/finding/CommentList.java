package dev.clearance.server.finding;

import java.util.List;

/**
 * A page of a finding's comments, oldest first.
 *
 * @param next the cursor of the next page ({@code after}), absent on the last page
 */
public record CommentList(List<CommentView> items, String next) {
  public CommentList {
    items = List.copyOf(items);
  }
}
