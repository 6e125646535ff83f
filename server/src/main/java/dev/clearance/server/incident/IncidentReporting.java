package dev.clearance.server.incident;

import dev.clearance.policy.IncidentKind;
import dev.clearance.policy.IncidentRules;
import dev.clearance.policy.IncidentSeverity;
import dev.clearance.server.http.ApiException;
import dev.clearance.server.http.TextFields;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.release.ReleaseLookup;
import dev.clearance.server.release.ReleaseRef;
import dev.clearance.server.release.ReleaseVisibility;
import dev.clearance.server.route.Principal;
import dev.clearance.store.Repositories;
import dev.clearance.store.incident.Incident;
import dev.clearance.store.incident.NewIncident;
import dev.clearance.store.incident.ReportedIncident;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Filing a report of harm or a disputed output (LIFE-2): the one place where a report is checked
 * and stored, for {@code POST …/releases/{version}/incidents} and the report page alike.
 */
public final class IncidentReporting {

  /** Longest summary: one line. */
  public static final int SUMMARY_CHARS = 200;

  private final RegistryContext context;
  private final IncidentEvents events;

  public IncidentReporting(RegistryContext context) {
    this.context = context;
    this.events = new IncidentEvents(context.audit(), context.notifier());
  }

  /**
   * Stores {@code request} about the release of the request's path ({@code {org}}, {@code {model}},
   * {@code {version}}) by {@code caller}, tells the organization (and the stewards for a severity
   * that escalates at once) and returns the tracking reference, shown this once. A release the
   * caller may not see is a 404 before the report is looked at.
   *
   * @throws ApiException 400 for an invalid path name; 404 when the release is absent or invisible
   *     to {@code caller}; 409 {@code not_released} when it has never been public; 400 {@code
   *     invalid_value} naming the field of the report in {@code details.field}; 429 {@code
   *     too_many_reports} (with {@code Retry-After} set on {@code ctx}) when the release received
   *     too many reports without sign-in lately
   */
  public ReportedView report(Context ctx, Principal caller, IncidentReportRequest request) {
    return context
        .db()
        .transaction(
            tx -> {
              ReleaseRef ref = ReleaseLookup.release(tx, caller, ctx);
              requireReleased(tx, ref);
              IncidentRules rules = context.policy().incidents();
              IncidentKind kind = kind(rules, request.kind());
              IncidentSeverity severity =
                  Incidents.severity(
                      rules,
                      "severity",
                      present("severity", request.severity(), rules.severityIds()));
              String summary = summary(request.summary());
              String details =
                  TextFields.required("details", request.details(), TextFields.DOCUMENT);
              String remedy = TextFields.optional("remedy", request.remedy(), TextFields.PARAGRAPH);
              Instant now = context.clock().instant();
              if (caller.isAnonymous()) {
                limitAnonymous(tx, ctx, ref, now);
              }
              ReportedIncident stored =
                  Incidents.repository(tx)
                      .report(
                          new NewIncident(
                              ref.release().id(),
                              kind.id(),
                              severity.id(),
                              summary,
                              details,
                              remedy,
                              caller.userId().orElse(null),
                              now.plus(severity.acknowledgeWithin()),
                              now.plus(severity.resolveWithin())));
              Incident incident = stored.incident();
              events.reported(
                  tx,
                  caller.userId().orElse(IncidentEvents.ANONYMOUS),
                  ref,
                  incident,
                  severity.escalate());
              if (severity.escalate()) {
                Incidents.repository(tx)
                    .markEscalated(
                        incident.id(),
                        "Told the registry's stewards at once: the playbook escalates "
                            + severity.title()
                            + " reports.");
                incident = Incidents.repository(tx).find(incident.id()).orElseThrow();
              }
              return ReportedView.of(
                  stored.reference(), IncidentView.of(tx, ref, incident, now, false));
            });
  }

  private static void requireReleased(Repositories tx, ReleaseRef ref) {
    if (!ReleaseVisibility.everPublic(tx, ref.release())) {
      throw ApiException.conflict(
          "not_released",
          "release '" + ref.label() + "' has not been released",
          Map.of("state", ref.release().state().wireName()),
          "Incidents are for released models. During review, file a finding instead"
              + " (POST …/releases/{version}/findings).");
    }
  }

  private static void limitAnonymous(Repositories tx, Context ctx, ReleaseRef ref, Instant now) {
    Instant since = now.minus(Incidents.ANONYMOUS_WINDOW);
    List<Instant> recent = Incidents.repository(tx).anonymousReportTimes(ref.release().id(), since);
    if (recent.size() >= Incidents.ANONYMOUS_REPORTS_PER_WINDOW) {
      Instant freed = recent.get(recent.size() - Incidents.ANONYMOUS_REPORTS_PER_WINDOW);
      throw ApiException.tooManyRequests(
          ctx,
          "too_many_reports",
          "release '"
              + ref.label()
              + "' received "
              + recent.size()
              + " reports without sign-in in the last hour",
          Duration.between(now, freed.plus(Incidents.ANONYMOUS_WINDOW)),
          "Sign in to report now, or wait until Retry-After has passed.");
    }
  }

  private static IncidentKind kind(IncidentRules rules, String id) {
    present("kind", id, rules.kindIds());
    return rules
        .kind(id)
        .orElseThrow(
            () ->
                ApiException.badRequest(
                    "invalid_value",
                    "kind '" + Incidents.printable(id) + "' is not a kind of incident report",
                    Map.of("field", "kind"),
                    "Use one of " + String.join(", ", rules.kindIds()) + "."));
  }

  /** {@code value} of the choice {@code field}, which must be given. */
  private static String present(String field, String value, List<String> choices) {
    if (value == null || value.isBlank()) {
      throw ApiException.badRequest(
          "invalid_value",
          field + " is missing",
          Map.of("field", field),
          "Use one of " + String.join(", ", choices) + ".");
    }
    return value;
  }

  private static String summary(String value) {
    String summary = TextFields.required("summary", value, SUMMARY_CHARS);
    if (summary.contains("\n") || summary.contains("\r")) {
      throw ApiException.badRequest(
          "invalid_value",
          "summary must be one line",
          Map.of("field", "summary"),
          "Put the summary on one line and the rest in details.");
    }
    return summary;
  }
}
