package dev.clearance.server.web.catalog;

import dev.clearance.server.catalog.CatalogQuery;
import dev.clearance.server.http.PageParams;
import dev.clearance.store.PageRequest;
import dev.clearance.store.release.CatalogFilter;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The catalog home's search form as the visitor filled it in: the values of {@code q}, {@code org},
 * {@code tier}, {@code state}, {@code license} and {@code modality} (stripped, empty when not
 * given), checked by {@link CatalogQuery#filter} into {@link #filter}, and the page asked for. The
 * form shows these values again and builds the pager's links from them.
 *
 * @param filter what {@code GET /api/v1/releases} would search for with the same parameters
 */
public record CatalogForm(
    String text,
    String org,
    String tier,
    String state,
    String license,
    String modality,
    CatalogFilter filter,
    PageRequest page) {

  /**
   * The form a request filled in.
   *
   * @throws dev.clearance.server.http.ApiException 400 naming the parameter that is not valid
   */
  public static CatalogForm from(Context ctx) {
    Map<String, List<String>> parameters = ctx.queryParamMap();
    CatalogFilter filter = CatalogQuery.filter(parameters);
    return new CatalogForm(
        value(parameters, "q"),
        value(parameters, "org"),
        value(parameters, "tier"),
        value(parameters, "state"),
        filter.license() == null ? "" : filter.license(),
        value(parameters, "modality"),
        filter,
        PageParams.of(ctx));
  }

  /** True when something narrows the list (search text or a filter). */
  public boolean narrowed() {
    return !filter.words().isEmpty()
        || filter.org() != null
        || filter.tier() != null
        || filter.state() != null
        || filter.license() != null
        || filter.modality() != null;
  }

  /** The catalog URL of this search starting after the cursor {@code after} (none: first page). */
  public String href(String after) {
    StringJoiner query = new StringJoiner("&");
    add(query, "q", text);
    add(query, "org", org);
    add(query, "tier", tier);
    add(query, "state", state);
    add(query, "license", license);
    add(query, "modality", modality);
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

  private static String value(Map<String, List<String>> parameters, String name) {
    List<String> values = parameters.get(name);
    return values == null || values.isEmpty() ? "" : values.get(0).strip();
  }
}
