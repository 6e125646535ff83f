package dev.clearance.server.web.catalog;

import dev.clearance.server.release.ReleaseList;
import dev.clearance.server.route.Principal;

/**
 * The releases of the catalog that {@code caller} may see and that pass {@code filter}, one page at
 * a time: the one place the catalog's search is answered. The home page renders what this returns;
 * pointing the registry at another implementation (for example the query of {@code GET
 * /api/v1/releases}) changes no page. Implementations apply {@code release.ReleaseVisibility}: the
 * anonymous public sees only releases that have been public.
 */
@FunctionalInterface
public interface CatalogQuery {

  /**
   * @return the page's releases and the cursor of the next page ({@code null} on the last)
   * @throws dev.clearance.server.http.ApiException 400 for a cursor that is not one this query gave
   */
  ReleaseList find(Principal caller, CatalogFilter filter);
}
