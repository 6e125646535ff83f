package dev.clearance.server.release;

import java.util.List;

/**
 * A page of models.
 *
 * @param next the cursor of the next page ({@code after}), absent on the last page
 */
public record ModelList(List<ModelView> items, String next) {
  public ModelList {
    items = List.copyOf(items);
  }
}
