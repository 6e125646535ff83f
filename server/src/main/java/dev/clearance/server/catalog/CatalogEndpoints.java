package dev.clearance.server.catalog;

import dev.clearance.server.http.PageParams;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.release.StoreReads;
import dev.clearance.server.route.Access;
import dev.clearance.server.route.Endpoint;
import dev.clearance.server.route.Endpoint.Method;
import dev.clearance.store.release.CatalogFilter;
import java.util.List;

/**
 * The public catalog's endpoints (issue 7): the release search behind the home page and the model
 * page's read model. Open to anyone; what a caller sees is decided release by release ({@link
 * CatalogQuery}, {@link ModelPages}).
 */
public final class CatalogEndpoints {

  private CatalogEndpoints() {}

  public static List<Endpoint> list(RegistryContext context) {
    ModelPages pages = new ModelPages(context);
    return List.of(
        Endpoint.of(
            Method.GET,
            "/api/v1/releases",
            "searchReleases",
            "catalog",
            "Releases the caller may see, most recently changed first, filtered by q (words in"
                + " organization, model or version names), org, tier, state, license and modality"
                + " (paginated: limit, after)",
            Access.anyone(),
            CatalogPage.class,
            (ctx, caller) -> {
              CatalogFilter filter = CatalogQuery.filter(ctx.queryParamMap());
              var page = PageParams.of(ctx);
              ctx.json(
                  StoreReads.read(
                      context.db(), tx -> CatalogQuery.search(tx, caller, filter, page)));
            }),
        Endpoint.of(
            Method.GET,
            "/api/v1/orgs/{org}/models/{model}/releases/{version}/page",
            "getReleasePage",
            "catalog",
            "Everything the model page shows of a release in one read: card as sanitized HTML,"
                + " tier with triggers and evidence, requirement results with fixes, files,"
                + " versions, review timeline with finding counts, the findings once public, and"
                + " the audit log entries with proof links; 404 before release for callers without"
                + " a right",
            Access.anyone(),
            ModelPageData.class,
            (ctx, caller) ->
                ctx.json(
                    pages.read(
                        caller,
                        ctx.pathParam("org"),
                        ctx.pathParam("model"),
                        ctx.pathParam("version")))));
  }
}
