package dev.clearance.server.web;

import dev.clearance.server.http.ErrorPages;
import dev.clearance.server.route.Authenticator;
import dev.clearance.server.route.Page;
import dev.clearance.server.route.PageTable;
import io.javalin.config.JavalinConfig;
import java.util.List;

/**
 * The web pages of a server: its {@link PageTable}, the assets under {@code /assets/} and the HTML
 * error pages. {@link #NONE} is a server without pages (errors stay JSON).
 */
public final class Website {

  /** No pages, no assets, JSON errors everywhere. */
  public static final Website NONE = new Website(null, List.of());

  private final PageRenderer renderer;
  private final PageTable table;

  /**
   * @param renderer the renderer the pages' handlers use
   * @param pages every page
   * @throws IllegalArgumentException when two pages share a route or a name
   */
  public Website(PageRenderer renderer, List<Page> pages) {
    this.renderer = renderer;
    this.table = new PageTable(pages);
  }

  public PageTable table() {
    return table;
  }

  /** How errors of page requests are answered. */
  public ErrorPages errorPages() {
    return renderer == null ? ErrorPages.NONE : new HtmlErrors(renderer);
  }

  /** Adds the pages (behind {@code authenticator} and their access rules) and the assets. */
  public void install(JavalinConfig config, Authenticator authenticator) {
    table.install(config, authenticator);
    if (renderer != null) {
      config.routes.get("/assets/{name}", renderer.assets()::serve);
    }
  }
}
