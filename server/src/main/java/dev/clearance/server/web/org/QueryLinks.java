package dev.clearance.server.web.org;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Links to the same page with one query parameter changed, the others kept: the pager links of a
 * page with several paged lists.
 */
final class QueryLinks {

  private QueryLinks() {}

  /**
   * This request's path with {@code name} set to {@code value} ({@code null}: left out) and the
   * other query parameters as they are.
   */
  static String with(Context ctx, String name, String value) {
    Map<String, List<String>> query = new TreeMap<>(ctx.queryParamMap());
    query.remove(name);
    StringBuilder href = new StringBuilder(ctx.path());
    char separator = '?';
    if (value != null) {
      query.put(name, List.of(value));
    }
    for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
      for (String each : parameter.getValue()) {
        href.append(separator)
            .append(Urls.encode(parameter.getKey()))
            .append('=')
            .append(Urls.encode(each));
        separator = '&';
      }
    }
    return href.toString();
  }
}
