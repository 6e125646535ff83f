package dev.clearance.server.web;

import java.util.List;
import java.util.Map;

/**
 * What the layout of every page needs (template {@code layout/page.jte}).
 *
 * @param title the page's own title, shown as the heading and before " · Clearance" in the tab
 * @param csrfToken the session's CSRF token for {@code <meta name="csrf-token">} and the sign-out
 *     form; empty when there is no session
 * @param path this page's local path with its query (the sign-in link returns here)
 * @param version the registry's version, shown in the footer
 * @param assetUrls asset name to its versioned URL
 */
public record PageModel(
    String title,
    Viewer viewer,
    String csrfToken,
    List<NavEntry> navigation,
    String path,
    String version,
    Map<String, String> assetUrls) {

  public PageModel {
    navigation = List.copyOf(navigation);
    assetUrls = Map.copyOf(assetUrls);
  }

  /**
   * The URL of a bundled asset, e.g. {@code asset("clearance.css")}.
   *
   * @throws IllegalArgumentException for an asset that is not bundled
   */
  public String asset(String name) {
    String url = assetUrls.get(name);
    if (url == null) {
      throw new IllegalArgumentException("no bundled asset named " + name);
    }
    return url;
  }

  /** The sign-in link that returns to this page. */
  public String loginHref() {
    return LocalPath.login(path);
  }
}
