package dev.clearance.server.web.catalog;

import dev.clearance.server.release.ReleaseView;
import dev.clearance.server.web.Links;
import dev.clearance.server.web.Pager;
import java.util.List;

/**
 * The catalog home (templates {@code catalog/home.jte} and its list fragment {@code
 * catalog/results.jte}).
 *
 * @param organizations slugs for the organization filter
 * @param states state wire names for the state filter
 */
public record CatalogView(
    CatalogFilter filter,
    List<ReleaseView> releases,
    List<String> organizations,
    List<String> states,
    Pager pager) {

  public CatalogView {
    releases = List.copyOf(releases);
    organizations = List.copyOf(organizations);
    states = List.copyOf(states);
  }

  /** The page of {@code release}. */
  public String href(ReleaseView release) {
    return Links.release(release.org(), release.model(), release.version());
  }
}
