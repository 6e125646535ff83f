package dev.clearance.server.route;

import dev.clearance.server.route.Endpoint.Method;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One web page (or the target of a plain HTML form, such as {@code POST /login}): method, path, who
 * may open it and its handler. Every page of the server is a {@code Page} in the {@link PageTable},
 * which checks its {@link Access} rule exactly as for an {@link Endpoint}; the authorization matrix
 * test covers every page from that table.
 *
 * @param path Javalin path with {@code {name}} parameters, e.g. {@code /orgs/{org}}; never under
 *     {@code /api/}
 * @param name unique camelCase name, e.g. {@code catalogHome}, used in logs and tests
 */
public record Page(Method method, String path, String name, Access access, PageHandler handler) {

  private static final Pattern PATH = Pattern.compile("/|(/[a-z0-9._-]+|/\\{[a-z][a-zA-Z]*\\})+");

  public Page {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(access, "access of " + path);
    Objects.requireNonNull(handler, "handler");
    if (!PATH.matcher(path).matches()) {
      throw new IllegalArgumentException("page path is not of the form /a/{b}/c: " + path);
    }
    if (path.startsWith("/api/") || path.startsWith("/assets/")) {
      throw new IllegalArgumentException(
          "page path " + path + " is under /api/ or /assets/, which are not pages");
    }
    if (method != Method.GET && method != Method.POST) {
      throw new IllegalArgumentException(
          name + ": a page is read with GET or posted as an HTML form (POST), not " + method);
    }
  }

  /** A page read with GET. */
  public static Page get(String path, String name, Access access, PageHandler handler) {
    return new Page(Method.GET, path, name, access, handler);
  }

  /** The target of a plain HTML form post (works without JavaScript). */
  public static Page post(String path, String name, Access access, PageHandler handler) {
    return new Page(Method.POST, path, name, access, handler);
  }
}
