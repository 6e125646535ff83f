package dev.clearance.server.web;

import dev.clearance.server.identity.Sessions;
import dev.clearance.server.route.Principal;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/**
 * Renders pages: a page template gets the layout's {@link PageModel} as {@code page} and the
 * handler's view record as {@code view}; a fragment (an htmx partial update) gets the view only.
 * Templates are the precompiled jte classes of {@code server/src/main/jte/} (docs/web.md).
 */
public final class PageRenderer {

  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
  private final Assets assets = new Assets();
  private final String version;

  /**
   * @param version the registry's version, shown in every page's footer
   * @throws IllegalStateException when a bundled asset is missing
   */
  public PageRenderer(String version) {
    this.version = version;
  }

  /**
   * Answers with the whole page {@code template} (e.g. {@code catalog/home.jte}) titled {@code
   * title}, keeping the status set before (200 by default).
   */
  public void page(Context ctx, Principal caller, String title, String template, Object view) {
    ctx.html(render(template, Map.of("page", model(ctx, caller, title), "view", view)));
  }

  /** Answers with the fragment {@code template} alone, for an htmx request. */
  public void fragment(Context ctx, String template, Object view) {
    ctx.html(render(template, Map.of("view", view)));
  }

  /**
   * True for an htmx request that wants a fragment; a history restore wants the whole page. Pages
   * that answer both ways must say {@code Vary: HX-Request}, which this sets.
   */
  public static boolean wantsFragment(Context ctx) {
    ctx.header("Vary", "HX-Request");
    return "true".equals(ctx.header("HX-Request"))
        && !"true".equals(ctx.header("HX-History-Restore-Request"));
  }

  /** The layout's model for {@code caller} on this request. */
  PageModel model(Context ctx, Principal caller, String title) {
    return new PageModel(
        title,
        Viewer.of(caller),
        Sessions.csrfToken(ctx, caller),
        Navigation.entries(caller, ctx.path()),
        LocalPath.of(ctx),
        version,
        assets.urls());
  }

  String render(String template, Map<String, Object> params) {
    StringOutput output = new StringOutput();
    engine.render(template, params, output);
    return output.toString();
  }

  Assets assets() {
    return assets;
  }
}
