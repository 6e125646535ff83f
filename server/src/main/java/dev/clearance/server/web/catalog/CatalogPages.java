package dev.clearance.server.web.catalog;

import dev.clearance.release.ReleaseState;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.release.ReleaseList;
import dev.clearance.server.release.StoreReads;
import dev.clearance.server.route.Access;
import dev.clearance.server.route.Page;
import dev.clearance.server.route.Principal;
import dev.clearance.server.web.PageRenderer;
import dev.clearance.server.web.Pager;
import dev.clearance.store.PageRequest;
import dev.clearance.store.identity.Organization;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;

/**
 * The public catalog home {@code GET /}: search and filters over the releases the caller may see
 * ({@link CatalogQuery}), paged. An htmx request (filters, search, paging) gets the list fragment
 * alone; the same URL without {@code HX-Request} renders the whole page, so it works without
 * JavaScript and can be bookmarked.
 */
public final class CatalogPages {

  private CatalogPages() {}

  public static List<Page> list(
      RegistryContext context, PageRenderer renderer, CatalogQuery query) {
    return List.of(
        Page.get(
            "/",
            "catalogHome",
            Access.anyone(),
            (ctx, caller) -> home(context, renderer, query, ctx, caller)));
  }

  private static void home(
      RegistryContext context,
      PageRenderer renderer,
      CatalogQuery query,
      Context ctx,
      Principal caller) {
    CatalogFilter filter = CatalogFilter.from(ctx);
    ReleaseList found = query.find(caller, filter);
    Pager pager =
        new Pager(
            filter.page().after() == null ? null : filter.href(null),
            "First page",
            found.next() == null ? null : filter.href(found.next()));
    CatalogView view =
        new CatalogView(filter, found.items(), organizations(context), states(caller), pager);
    if (PageRenderer.wantsFragment(ctx)) {
      renderer.fragment(ctx, "catalog/results.jte", view);
    } else {
      renderer.page(ctx, caller, "Model catalog", "catalog/home.jte", view);
    }
  }

  private static List<String> organizations(RegistryContext context) {
    return StoreReads.read(
        context.db(),
        tx ->
            tx.organizations().list(PageRequest.first(PageRequest.MAX_LIMIT)).items().stream()
                .map(Organization::slug)
                .sorted()
                .toList());
  }

  /** Everyone may filter by the public states; people who see pre-release material by all. */
  private static List<String> states(Principal caller) {
    return Arrays.stream(ReleaseState.values())
        .filter(state -> !caller.isAnonymous() || !state.isPreRelease())
        .map(ReleaseState::wireName)
        .toList();
  }
}
