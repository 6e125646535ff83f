package dev.clearance.server.web.catalog;

import dev.clearance.server.catalog.ModelPageData;
import dev.clearance.server.catalog.ModelPages;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.route.Access;
import dev.clearance.server.route.Page;
import dev.clearance.server.route.Principal;
import dev.clearance.server.web.Links;
import dev.clearance.server.web.PageRenderer;
import io.javalin.http.Context;
import java.util.List;

/**
 * The public model pages: {@code /orgs/{org}/models/{model}/releases/{version}} shows one release
 * (card, tier, checks, files, offline verification, versions, review, findings, audit log) and
 * {@code /orgs/{org}/models/{model}} lists the model's versions. Both read {@link ModelPages}, the
 * read model of {@code GET …/releases/{version}/page}, so they show exactly what the API shows the
 * same caller: a release the caller may not see is a 404, as in the API.
 *
 * <p>The findings and the audit log entries are paged by an offset ({@code findingsFrom}, {@code
 * logFrom}); an htmx request from their pagers (header {@code HX-Target} {@code findings} or {@code
 * log}) gets that section alone.
 */
final class ReleasePages {

  private ReleasePages() {}

  static List<Page> list(RegistryContext context, PageRenderer renderer) {
    ModelPages pages = new ModelPages(context);
    return List.of(
        Page.get(
            "/orgs/{org}/models/{model}",
            "modelPage",
            Access.anyone(),
            (ctx, caller) -> model(pages, renderer, ctx, caller)),
        Page.get(
            "/orgs/{org}/models/{model}/releases/{version}",
            "releasePage",
            Access.anyone(),
            (ctx, caller) -> release(pages, renderer, ctx, caller)));
  }

  private static void model(
      ModelPages pages, PageRenderer renderer, Context ctx, Principal caller) {
    String org = ctx.pathParam("org");
    String model = ctx.pathParam("model");
    ModelPageData shown = pages.read(caller, org, model, pages.defaultVersion(caller, org, model));
    renderer.page(
        ctx,
        caller,
        shown.model().org() + "/" + shown.model().name(),
        "catalog/model.jte",
        new ModelView(shown));
  }

  private static void release(
      ModelPages pages, PageRenderer renderer, Context ctx, Principal caller) {
    ModelPageData data =
        pages.read(caller, ctx.pathParam("org"), ctx.pathParam("model"), ctx.pathParam("version"));
    String path = Links.release(data.model().org(), data.model().name(), data.release().version());
    ReleasePageView view =
        new ReleasePageView(
            data,
            caller.memberships().containsKey(data.model().org()),
            ListSlice.of(
                ctx,
                "findingsFrom",
                data.findings(),
                ReleasePageView.FINDINGS_PER_PAGE,
                from -> from == 0 ? path + "#findings" : path + "?findingsFrom=" + from),
            ListSlice.of(
                ctx,
                "logFrom",
                data.log().entries(),
                ReleasePageView.LOG_PER_PAGE,
                from -> from == 0 ? path + "#log" : path + "?logFrom=" + from));
    if (PageRenderer.wantsFragment(ctx) && "findings".equals(ctx.header("HX-Target"))) {
      renderer.fragment(ctx, "catalog/release/findings.jte", view);
    } else if (PageRenderer.wantsFragment(ctx) && "log".equals(ctx.header("HX-Target"))) {
      renderer.fragment(ctx, "catalog/release/log.jte", view);
    } else {
      renderer.page(
          ctx,
          caller,
          view.name() + " " + data.release().version(),
          "catalog/releasePage.jte",
          view);
    }
  }
}
