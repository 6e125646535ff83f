package dev.clearance.server.web;

/**
 * Links to the neighbouring pages of a paged list ({@code components/pager.jte}); lists are paged
 * by cursor, so the way back is usually to the first page.
 *
 * @param previousHref the page before, or {@code null} on the first page
 * @param previousLabel its link text, e.g. "First page"
 * @param nextHref the page after, or {@code null} on the last page
 */
public record Pager(String previousHref, String previousLabel, String nextHref) {

  /** True when there is no other page to go to. */
  public boolean single() {
    return previousHref == null && nextHref == null;
  }

  /**
   * The pager of a list at {@code path} (a local path, with or without a query) paged by cursor:
   * back to the first page when {@code after} is set, on to {@code next} when there is one.
   */
  public static Pager byCursor(String path, String after, String next) {
    String join = path.contains("?") ? "&" : "?";
    return new Pager(
        after == null ? null : path,
        "First page",
        next == null
            ? null
            : path
                + join
                + "after="
                + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8));
  }
}
