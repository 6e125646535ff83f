package dev.clearance.server.catalog;

import java.util.List;

/**
 * A page of the catalog.
 *
 * @param next the cursor of the next page ({@code after}), absent on the last page
 */
public record CatalogPage(List<CatalogEntry> items, String next) {
  public CatalogPage {
    items = List.copyOf(items);
  }
}
