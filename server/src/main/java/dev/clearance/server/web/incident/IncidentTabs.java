package dev.clearance.server.web.incident;

import dev.clearance.server.http.ApiException;
import dev.clearance.server.web.steward.Tab;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * The status tabs of an incident list at {@code base}: one tab per filter, the first of which is
 * the default and is shown without a query; the others are {@code base?status=<filter>}.
 *
 * @param filters {@link #NEEDS_ATTENTION}, {@code open}, {@code overdue}, {@code resolved}, {@code
 *     rejected} or {@link #ALL}, in tab order
 */
public record IncidentTabs(String base, List<String> filters) {

  /** Every status. */
  public static final String ALL = "all";

  /** The open incidents escalated to the stewards or past a deadline. */
  public static final String NEEDS_ATTENTION = "attention";

  public IncidentTabs {
    filters = List.copyOf(filters);
    if (filters.isEmpty()) {
      throw new IllegalArgumentException("an incident list has at least one tab");
    }
  }

  /**
   * The filter the request's {@code status} asks for, the first tab's without one.
   *
   * @throws ApiException 400 for a status that is not one of the tabs
   */
  public String chosen(Context ctx) {
    String status = ctx.queryParam("status");
    if (status == null) {
      return filters.get(0);
    }
    if (!filters.contains(status)) {
      throw ApiException.badRequest(
          "invalid_parameter",
          "status must be one of "
              + String.join(", ", filters.subList(0, filters.size() - 1))
              + " or "
              + filters.get(filters.size() - 1),
          Map.of("parameter", "status"),
          "Choose one of the tabs above the list.");
    }
    return status;
  }

  /** The path of the list with {@code filter}. */
  public String path(String filter) {
    return filter.equals(filters.get(0)) ? base : base + "?status=" + filter;
  }

  /** The tabs, {@code current} marked. */
  public List<Tab> tabs(String current) {
    return filters.stream()
        .map(filter -> new Tab(label(filter), path(filter), filter.equals(current)))
        .toList();
  }

  /** The label of the tab of {@code filter}, e.g. "Open". */
  public static String label(String filter) {
    return filter.equals(NEEDS_ATTENTION)
        ? "Needs attention"
        : Character.toUpperCase(filter.charAt(0)) + filter.substring(1);
  }

  /** The heading of the list with {@code filter}, e.g. "Open incidents". */
  public static String heading(String filter) {
    return switch (filter) {
      case NEEDS_ATTENTION -> "Incidents that need attention";
      case ALL -> "All incidents";
      default -> label(filter) + " incidents";
    };
  }
}
