package dev.clearance.server.web.catalog;

import dev.clearance.release.ReleaseState;
import dev.clearance.server.http.ApiException;
import dev.clearance.server.http.PageParams;
import dev.clearance.store.PageRequest;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The catalog's search and filters, read from the query ({@code q}, {@code org}, {@code tier},
 * {@code state}, and the paging parameters {@code after}, {@code limit}). Filtering by license and
 * modality waits until the store keeps them.
 *
 * @param text words to look for in the organization, model and version names ({@code q}), or empty
 * @param org an organization slug, or empty for all
 * @param tier 1 to 4, or {@code null} for any
 * @param state a release state, or {@code null} for any
 */
public record CatalogFilter(
    String text, String org, Integer tier, ReleaseState state, PageRequest page) {

  static final int MAX_TEXT = 100;

  public CatalogFilter {
    text = text == null ? "" : text.strip();
    org = org == null ? "" : org.strip();
  }

  /**
   * The filter a request asks for.
   *
   * @throws ApiException 400 naming the parameter that is not valid
   */
  public static CatalogFilter from(Context ctx) {
    String text = ctx.queryParam("q");
    if (text != null
        && (text.length() > MAX_TEXT || text.chars().anyMatch(Character::isISOControl))) {
      throw invalid("q", "the search text must be at most " + MAX_TEXT + " printable characters");
    }
    String org = ctx.queryParam("org");
    if (org != null && !org.isBlank() && !org.strip().matches("[a-z0-9][a-z0-9._-]{0,63}")) {
      throw invalid("org", "org must be an organization's name (a lower-case slug)");
    }
    return new CatalogFilter(
        text,
        org,
        tier(ctx.queryParam("tier")),
        state(ctx.queryParam("state")),
        PageParams.of(ctx));
  }

  /** The state filter's wire name, or empty for any. */
  public String stateName() {
    return state == null ? "" : state.wireName();
  }

  /** The tier filter as text, or empty for any. */
  public String tierText() {
    return tier == null ? "" : tier.toString();
  }

  /** True when something narrows the list (search text or a filter). */
  public boolean narrowed() {
    return !text.isEmpty() || !org.isEmpty() || tier != null || state != null;
  }

  /**
   * True when a release with these names, tier and state passes the filter; the search text matches
   * when every word of it occurs in one of the names, ignoring case.
   */
  public boolean matches(
      String orgSlug,
      String modelName,
      String modelDisplayName,
      String version,
      Integer releaseTier,
      ReleaseState releaseState) {
    if (!org.isEmpty() && !org.equals(orgSlug)) {
      return false;
    }
    if (tier != null && !tier.equals(releaseTier)) {
      return false;
    }
    if (state != null && state != releaseState) {
      return false;
    }
    String names =
        String.join(
                " ", orgSlug, modelName, modelDisplayName == null ? "" : modelDisplayName, version)
            .toLowerCase(Locale.ROOT);
    for (String word : text.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (!word.isEmpty() && !names.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /** The catalog URL of this filter starting after the cursor {@code after} (none: first page). */
  public String href(String after) {
    StringJoiner query = new StringJoiner("&");
    add(query, "q", text);
    add(query, "org", org);
    add(query, "tier", tierText());
    add(query, "state", stateName());
    if (page.limit() != PageParams.DEFAULT_LIMIT) {
      add(query, "limit", Integer.toString(page.limit()));
    }
    add(query, "after", after == null ? "" : after);
    return query.length() == 0 ? "/" : "/?" + query;
  }

  private static void add(StringJoiner query, String name, String value) {
    if (!value.isEmpty()) {
      query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }

  private static Integer tier(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.strip()) {
      case "1" -> 1;
      case "2" -> 2;
      case "3" -> 3;
      case "4" -> 4;
      default -> throw invalid("tier", "tier must be 1, 2, 3 or 4");
    };
  }

  private static ReleaseState state(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return ReleaseState.fromWireName(value.strip());
    } catch (IllegalArgumentException e) {
      throw invalid("state", e.getMessage());
    }
  }

  private static ApiException invalid(String parameter, String message) {
    return ApiException.badRequest(
        "invalid_parameter",
        message,
        Map.of("parameter", parameter),
        "Change or clear that filter and search again.");
  }
}
