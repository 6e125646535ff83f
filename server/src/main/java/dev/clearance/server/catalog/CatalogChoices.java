package dev.clearance.server.catalog;

import java.util.List;

/**
 * The values each catalog filter accepts, for the home page's filter controls.
 *
 * @param licenses the licenses of releases that have been public (any valid id is accepted)
 */
public record CatalogChoices(
    List<Integer> tiers, List<String> states, List<String> licenses, List<String> modalities) {

  public CatalogChoices {
    tiers = List.copyOf(tiers);
    states = List.copyOf(states);
    licenses = List.copyOf(licenses);
    modalities = List.copyOf(modalities);
  }
}
