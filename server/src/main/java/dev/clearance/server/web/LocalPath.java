package dev.clearance.server.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Paths on this site, for redirects after sign-in: only a path that stays on this origin is
 * followed, so {@code /login?next=} cannot send a person to another site.
 */
public final class LocalPath {

  private static final int MAX_LENGTH = 2048;

  private LocalPath() {}

  /**
   * {@code candidate} if it is a path on this site (starts with one {@code /}, no backslash, no
   * control or space characters, not the sign-in page itself), else {@code /}.
   */
  public static String orHome(String candidate) {
    if (candidate == null
        || candidate.isEmpty()
        || candidate.length() > MAX_LENGTH
        || candidate.charAt(0) != '/'
        || candidate.startsWith("//")
        || candidate.startsWith("/login")
        || candidate.chars().anyMatch(c -> c <= ' ' || c == '\\' || c == 0x7f)) {
      return "/";
    }
    return candidate;
  }

  /** The request's path with its query, as a local path. */
  public static String of(Context ctx) {
    String query = ctx.queryString();
    return orHome(query == null || query.isEmpty() ? ctx.path() : ctx.path() + "?" + query);
  }

  /** The sign-in page that returns to {@code next} afterwards. */
  public static String login(String next) {
    String local = orHome(next);
    return local.equals("/")
        ? "/login"
        : "/login?next=" + URLEncoder.encode(local, StandardCharsets.UTF_8);
  }
}
