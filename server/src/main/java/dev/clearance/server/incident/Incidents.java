package dev.clearance.server.incident;

import dev.clearance.policy.IncidentRules;
import dev.clearance.policy.IncidentSeverity;
import dev.clearance.server.http.ApiException;
import dev.clearance.server.route.Principal;
import dev.clearance.store.Repositories;
import dev.clearance.store.identity.OrgRole;
import dev.clearance.store.identity.Organization;
import dev.clearance.store.incident.IncidentRepository;
import dev.clearance.store.incident.IncidentStatus;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rules of incidents that more than one handler or page needs. */
public final class Incidents {

  /** Anonymous reports one release accepts per {@link #ANONYMOUS_WINDOW}; more wait (429). */
  static final int ANONYMOUS_REPORTS_PER_WINDOW = 20;

  static final Duration ANONYMOUS_WINDOW = Duration.ofHours(1);

  /** The values of the {@code status} filter of the incident lists. */
  public static final List<String> STATUS_FILTERS =
      List.of("open", "overdue", "received", "acknowledged", "resolved", "rejected");

  private Incidents() {}

  static IncidentRepository repository(Repositories tx) {
    return new IncidentRepository(tx.handle(), tx.clock());
  }

  /** Whether {@code caller} responds to incidents of {@code org}: its releasers and stewards. */
  static boolean responds(Principal caller, Organization org) {
    return caller.isSteward() || caller.isMember(org.slug(), OrgRole.RELEASER);
  }

  /** The statuses a filter reads (overdue: the open ones, filtered after). */
  static Set<IncidentStatus> statuses(String filter) {
    if (filter == null) {
      return EnumSet.allOf(IncidentStatus.class);
    }
    if (!STATUS_FILTERS.contains(filter)) {
      throw ApiException.badRequest(
          "invalid_value",
          "status '" + filter.replaceAll("\\p{Cntrl}", "?") + "' is not an incident status",
          Map.of("field", "status"),
          "Use one of " + String.join(", ", STATUS_FILTERS) + ", or leave status out.");
    }
    return switch (filter) {
      case "open", "overdue" -> EnumSet.of(IncidentStatus.RECEIVED, IncidentStatus.ACKNOWLEDGED);
      default -> EnumSet.of(IncidentStatus.fromCode(filter));
    };
  }

  /**
   * The policy's severity {@code id}.
   *
   * @throws ApiException 400 naming the known severities
   */
  static IncidentSeverity severity(IncidentRules rules, String field, String id) {
    return rules
        .severity(id)
        .orElseThrow(
            () ->
                ApiException.badRequest(
                    "invalid_value",
                    field + " '" + printable(id) + "' is not a severity of the incident playbook",
                    Map.of("field", field),
                    "Use one of "
                        + String.join(", ", rules.severityIds())
                        + " (lowest first); GET /api/v1/incident-playbook lists their deadlines."));
  }

  static ApiException notFound(String id) {
    return ApiException.notFound("incident '" + printable(id) + "'");
  }

  static String printable(String text) {
    if (text == null) {
      return "null";
    }
    String cut = text.length() > 64 ? text.substring(0, 64) + "…" : text;
    return cut.replaceAll("\\p{Cntrl}", "?");
  }
}
