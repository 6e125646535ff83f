package dev.clearance.server.route;

import io.javalin.config.JavalinConfig;
import io.javalin.http.HandlerType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every web page of the server, in one table: it installs them into Javalin behind the same
 * authentication and {@link Access} check as the {@link EndpointTable}, and it is the source of the
 * authorization matrix test's page rows.
 */
public final class PageTable {

  private final List<Page> pages;

  /**
   * @throws IllegalArgumentException when two pages share a method and path or a name
   */
  public PageTable(List<Page> pages) {
    Set<String> routes = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (Page page : pages) {
      if (!routes.add(page.method() + " " + page.path())) {
        throw new IllegalArgumentException("two pages for " + page.method() + " " + page.path());
      }
      if (!names.add(page.name())) {
        throw new IllegalArgumentException("two pages named " + page.name());
      }
    }
    this.pages = List.copyOf(pages);
  }

  public List<Page> pages() {
    return pages;
  }

  /** Adds the pages to {@code config}; each request is authenticated, then access-checked. */
  public void install(JavalinConfig config, Authenticator authenticator) {
    for (Page page : pages) {
      config.routes.addHttpHandler(
          HandlerType.findOrCreate(page.method().name()),
          page.path(),
          ctx -> page.handler().handle(ctx, AccessCheck.admit(page.access(), authenticator, ctx)));
    }
  }
}
