package dev.clearance.server.catalog;

import dev.clearance.server.release.Times;
import dev.clearance.store.release.CatalogRow;
import dev.clearance.store.release.Release;
import dev.clearance.store.release.ReleaseFacets;
import java.util.List;

/**
 * One release in the catalog.
 *
 * @param org the organization's slug
 * @param orgName the organization's display name
 * @param model the model's name (slug)
 * @param modelName the model's display name
 * @param version the release's version label
 * @param state the release's state, e.g. {@code released}
 * @param tier 1 to 4 from the latest check, absent before the first check
 * @param license the card's license id from the latest check (lower case), absent when none
 * @param pipelineTag the card's pipeline tag, absent when none
 * @param modalities the modalities of the model's inputs and outputs, sorted; empty when unknown
 * @param recommended whether this is the model's recommended release
 * @param updatedAt when the release last changed (the catalog's order, newest first)
 * @param path the release's API path
 */
public record CatalogEntry(
    String org,
    String orgName,
    String model,
    String modelName,
    String version,
    String state,
    Integer tier,
    String license,
    String pipelineTag,
    List<String> modalities,
    boolean recommended,
    String updatedAt,
    String path) {

  public CatalogEntry {
    modalities = List.copyOf(modalities);
  }

  static CatalogEntry of(CatalogRow row) {
    Release release = row.release();
    ReleaseFacets facets = row.facets();
    return new CatalogEntry(
        row.orgSlug(),
        row.orgName(),
        row.modelName(),
        row.modelDisplayName(),
        release.versionLabel(),
        release.state().wireName(),
        release.tier(),
        facets == null ? null : facets.license(),
        facets == null ? null : facets.pipelineTag(),
        facets == null ? List.of() : facets.modalities(),
        release.recommended(),
        Times.iso(release.updatedAt()),
        "/api/v1/orgs/"
            + row.orgSlug()
            + "/models/"
            + row.modelName()
            + "/releases/"
            + release.versionLabel());
  }
}
