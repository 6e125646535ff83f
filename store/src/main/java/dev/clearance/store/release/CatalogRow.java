package dev.clearance.store.release;

import java.util.Objects;

/**
 * One release as the catalog lists it: the release, its organization and model, and its facets.
 *
 * @param facets the facets of its latest check, or {@code null} before the first check
 */
public record CatalogRow(
    Release release,
    String orgSlug,
    String orgName,
    String modelName,
    String modelDisplayName,
    ReleaseFacets facets) {

  public CatalogRow {
    Objects.requireNonNull(release, "release");
    Objects.requireNonNull(orgSlug, "orgSlug");
    Objects.requireNonNull(modelName, "modelName");
  }

  /** The position of this row in the catalog's order, the cursor of the page that ends with it. */
  public String cursor() {
    return CatalogCursor.of(release);
  }
}
