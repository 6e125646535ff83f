package dev.clearance.server.web.catalog;

import dev.clearance.release.ReleaseState;
import dev.clearance.server.catalog.CatalogChoices;
import dev.clearance.server.catalog.CatalogPage;
import dev.clearance.server.catalog.CatalogQuery;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.release.StoreReads;
import dev.clearance.server.route.Access;
import dev.clearance.server.route.Page;
import dev.clearance.server.route.Principal;
import dev.clearance.server.web.PageRenderer;
import dev.clearance.server.web.Pager;
import dev.clearance.store.PageRequest;
import dev.clearance.store.identity.Organization;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/**
 * The public pages: the catalog home {@code GET /} and the model pages ({@link ReleasePages}).
 *
 * <p>The home page searches with the query of {@code GET /api/v1/releases} ({@link CatalogQuery}):
 * the same filters (organization, tier, state, license, modality, search text), the same
 * visibility, the same order and cursor. An htmx request (filters, search, paging) gets the list
 * fragment alone; the same URL without {@code HX-Request} renders the whole page, so it works
 * without JavaScript and can be bookmarked.
 */
public final class CatalogPages {

  private CatalogPages() {}

  /** The catalog home and the model pages. */
  public static List<Page> list(RegistryContext context, PageRenderer renderer) {
    List<Page> pages = new ArrayList<>();
    pages.add(
        Page.get(
            "/",
            "catalogHome",
            Access.anyone(),
            (ctx, caller) -> home(context, renderer, ctx, caller)));
    pages.addAll(ReleasePages.list(context, renderer));
    return List.copyOf(pages);
  }

  private static void home(
      RegistryContext context, PageRenderer renderer, Context ctx, Principal caller) {
    CatalogForm form = CatalogForm.from(ctx);
    record Read(CatalogPage found, CatalogChoices choices, List<String> organizations) {}
    Read read =
        StoreReads.read(
            context.db(),
            tx ->
                new Read(
                    CatalogQuery.search(tx, caller, form.filter(), form.page()),
                    CatalogQuery.choices(tx),
                    tx
                        .organizations()
                        .list(PageRequest.first(PageRequest.MAX_LIMIT))
                        .items()
                        .stream()
                        .map(Organization::slug)
                        .sorted()
                        .toList()));
    Pager pager =
        new Pager(
            form.page().after() == null ? null : form.href(null),
            "First page",
            read.found().next() == null ? null : form.href(read.found().next()));
    CatalogView view =
        new CatalogView(
            form,
            read.found().items(),
            read.organizations(),
            states(caller, read.choices()),
            read.choices(),
            pager);
    if (PageRenderer.wantsFragment(ctx)) {
      renderer.fragment(ctx, "catalog/results.jte", view);
    } else {
      renderer.page(ctx, caller, "Model catalog", "catalog/home.jte", view);
    }
  }

  /** Everyone may filter by the public states; people who see pre-release material by all. */
  private static List<String> states(Principal caller, CatalogChoices choices) {
    return choices.states().stream()
        .filter(state -> !caller.isAnonymous() || !ReleaseState.fromWireName(state).isPreRelease())
        .toList();
  }
}
