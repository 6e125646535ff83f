package dev.clearance.server.web.catalog;

import dev.clearance.server.catalog.CatalogChoices;
import dev.clearance.server.catalog.CatalogEntry;
import dev.clearance.server.web.Links;
import dev.clearance.server.web.Pager;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalog home (templates {@code catalog/home.jte} and its list fragment {@code
 * catalog/results.jte}).
 *
 * @param releases the page of {@code GET /api/v1/releases} for the same caller and form
 * @param organizations slugs for the organization filter
 * @param states state wire names for the state filter (the public ones for the anonymous public)
 * @param choices what the tier, license and modality filters offer
 */
public record CatalogView(
    CatalogForm form,
    List<CatalogEntry> releases,
    List<String> organizations,
    List<String> states,
    CatalogChoices choices,
    Pager pager) {

  public CatalogView {
    releases = List.copyOf(releases);
    organizations = List.copyOf(organizations);
    states = List.copyOf(states);
  }

  /** The page of {@code release}. */
  public String href(CatalogEntry release) {
    return Links.release(release.org(), release.model(), release.version());
  }

  /**
   * The licenses the license filter offers: those of public releases, and the one searched for when
   * it is another (any license id may be searched for).
   */
  public List<String> licenses() {
    List<String> licenses = new ArrayList<>(choices.licenses());
    if (!form.license().isEmpty() && !licenses.contains(form.license())) {
      licenses.add(form.license());
    }
    return licenses;
  }

  /** How the modality filter names {@code modality}, e.g. "Two or more (multimodal)". */
  public static String modalityLabel(String modality) {
    return switch (modality) {
      case "multimodal" -> "Two or more (multimodal)";
      case "3d" -> "3D";
      default -> Character.toUpperCase(modality.charAt(0)) + modality.substring(1);
    };
  }
}
