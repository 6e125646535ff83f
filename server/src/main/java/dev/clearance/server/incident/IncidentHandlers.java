package dev.clearance.server.incident;

import dev.clearance.policy.IncidentKind;
import dev.clearance.policy.IncidentRules;
import dev.clearance.policy.IncidentSeverity;
import dev.clearance.server.http.ApiException;
import dev.clearance.server.http.IfMatch;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.PageParams;
import dev.clearance.server.http.TextFields;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.release.ReleaseLookup;
import dev.clearance.server.release.ReleaseRef;
import dev.clearance.server.release.ReleaseVisibility;
import dev.clearance.server.release.StoreReads;
import dev.clearance.server.route.Principal;
import dev.clearance.store.Repositories;
import dev.clearance.store.identity.Organization;
import dev.clearance.store.incident.Incident;
import dev.clearance.store.incident.IncidentStatus;
import dev.clearance.store.incident.NewIncident;
import dev.clearance.store.incident.ReportedIncident;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The handlers of incidents (LIFE-2). The responders' steps run under the audit log's lock, so that
 * two steps on one incident are taken one after the other, each seeing the other's result.
 */
final class IncidentHandlers {

  /** Longest summary: one line. */
  static final int SUMMARY_CHARS = 200;

  private final RegistryContext context;
  private final IncidentEvents events;

  IncidentHandlers(RegistryContext context) {
    this.context = context;
    this.events = new IncidentEvents(context.audit(), context.notifier());
  }

  /** {@code POST …/releases/{version}/incidents}: anyone reports harm or disputes an output. */
  void report(Context ctx, Principal caller) {
    IncidentReportRequest request = Json.read(ctx, IncidentReportRequest.class);
    IncidentRules rules = rules();
    IncidentKind kind = kind(rules, request.kind());
    IncidentSeverity severity = Incidents.severity(rules, "severity", request.severity());
    String summary = summary(request.summary());
    String details = TextFields.required("details", request.details(), TextFields.DOCUMENT);
    String remedy = TextFields.optional("remedy", request.remedy(), TextFields.PARAGRAPH);
    ReportedView reported =
        context
            .db()
            .transaction(
                tx -> {
                  ReleaseRef ref = ReleaseLookup.release(tx, caller, ctx);
                  requireReleased(tx, ref);
                  Instant now = now();
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
                  return new ReportedView(
                      stored.reference(),
                      "/api/v1/incident-reports/" + stored.reference(),
                      "/incidents/track?reference=" + stored.reference(),
                      IncidentView.of(tx, ref, incident, now, false));
                });
    ctx.header("Cache-Control", "no-store");
    ctx.status(201).json(reported);
  }

  /** {@code GET /api/v1/incident-reports/{reference}}: the reporter's view, by reference. */
  void track(Context ctx, Principal caller) {
    IncidentView view = IncidentReads.byReference(context, ctx.pathParam("reference"));
    ctx.header("Cache-Control", "no-store");
    ctx.json(view);
  }

  /** {@code GET /api/v1/orgs/{org}/incidents?status=}: the organization's, to its responders. */
  void listOfOrganization(Context ctx, Principal caller) {
    ctx.json(
        IncidentReads.ofOrganization(
            context, ctx.pathParam("org"), ctx.queryParam("status"), PageParams.of(ctx)));
  }

  /** {@code GET /api/v1/incidents?status=}: every organization's, to stewards. */
  void list(Context ctx, Principal caller) {
    ctx.json(IncidentReads.all(context, ctx.queryParam("status"), PageParams.of(ctx)));
  }

  /** {@code GET /api/v1/me/incidents}: the caller's own reports. */
  void mine(Context ctx, Principal caller) {
    ctx.json(IncidentReads.ofReporter(context, caller.requireUserId(), PageParams.of(ctx)));
  }

  /** {@code GET /api/v1/incident-playbook}. */
  void playbook(Context ctx, Principal caller) {
    ctx.json(PlaybookView.of(context.policy().ref().toString(), rules()));
  }

  /** {@code GET /api/v1/orgs/{org}/incidents/{incident}}. */
  void get(Context ctx, Principal caller) {
    IncidentView view =
        StoreReads.read(
            context.db(),
            tx -> {
              Located located = locate(tx, ctx);
              return IncidentView.of(tx, located.ref(), located.incident(), now(), true);
            });
    IfMatch.etag(ctx, view.version());
    ctx.json(view);
  }

  /** {@code POST …/incidents/{incident}/acknowledge}: confirms or sets the severity. */
  void acknowledge(Context ctx, Principal caller) {
    AcknowledgeRequest request = Json.read(ctx, AcknowledgeRequest.class);
    String note = TextFields.required("note", request.note(), TextFields.PARAGRAPH);
    step(
        ctx,
        caller,
        "acknowledge",
        (tx, located) -> {
          Incident incident = located.incident();
          if (incident.status() != IncidentStatus.RECEIVED) {
            throw conflict(incident, "acknowledge", "It was acknowledged already; post an update.");
          }
          IncidentSeverity severity =
              Incidents.severity(
                  rules(),
                  "severity",
                  request.severity() == null ? incident.severity() : request.severity());
          return Incidents.repository(tx)
              .acknowledge(
                  incident.id(),
                  incident.version(),
                  caller.requireUserId(),
                  severity.id(),
                  incident.reportedAt().plus(severity.resolveWithin()),
                  note);
        });
  }

  /** {@code POST …/incidents/{incident}/updates}: a note to the reporter. */
  void update(Context ctx, Principal caller) {
    String note =
        TextFields.required("note", Json.read(ctx, NoteRequest.class).note(), TextFields.PARAGRAPH);
    step(
        ctx,
        caller,
        "update",
        (tx, located) -> {
          Incident incident = requireOpen(located.incident(), "update");
          return Incidents.repository(tx)
              .update(incident.id(), incident.version(), caller.requireUserId(), note);
        });
  }

  /** {@code POST …/incidents/{incident}/resolve}: says what was done. */
  void resolve(Context ctx, Principal caller) {
    close(ctx, caller, "resolve", IncidentStatus.RESOLVED);
  }

  /** {@code POST …/incidents/{incident}/reject}: says why the report does not hold. */
  void reject(Context ctx, Principal caller) {
    close(ctx, caller, "reject", IncidentStatus.REJECTED);
  }

  private void close(Context ctx, Principal caller, String verb, IncidentStatus status) {
    String resolution =
        TextFields.required(
            "resolution",
            Json.read(ctx, ResolutionRequest.class).resolution(),
            TextFields.PARAGRAPH);
    step(
        ctx,
        caller,
        verb,
        (tx, located) -> {
          Incident incident = requireOpen(located.incident(), verb);
          return Incidents.repository(tx)
              .close(incident.id(), incident.version(), status, caller.requireUserId(), resolution);
        });
  }

  /** A responder's step on the incident of the path, in one transaction under the audit lock. */
  private void step(Context ctx, Principal caller, String verb, Step step) {
    OptionalLong expected = IfMatch.version(ctx);
    IncidentView view =
        context
            .db()
            .transaction(
                tx -> {
                  tx.audit().lockTree();
                  Located located = locate(tx, ctx);
                  IfMatch.check(
                      expected,
                      "incident '" + located.incident().id() + "'",
                      located.incident().version());
                  Incident after = step.take(tx, located);
                  events.stepped(
                      tx,
                      caller.requireUserId(),
                      verb,
                      located.ref(),
                      located.incident(),
                      after,
                      severityTitle(after));
                  return IncidentView.of(tx, located.ref(), after, now(), true);
                });
    IfMatch.etag(ctx, view.version());
    ctx.json(view);
  }

  @FunctionalInterface
  private interface Step {
    Incident take(Repositories tx, Located located);
  }

  private record Located(ReleaseRef ref, Incident incident) {}

  /** The incident of the path, which must concern a release of the path's organization. */
  private Located locate(Repositories tx, Context ctx) {
    Organization org = ReleaseLookup.organization(tx, ctx);
    String id = ctx.pathParam("incident");
    Incident incident = Incidents.repository(tx).find(id).orElseThrow(() -> Incidents.notFound(id));
    ReleaseRef ref = ReleaseRef.read(tx, incident.releaseId());
    if (!ref.org().id().equals(org.id())) {
      throw Incidents.notFound(id);
    }
    return new Located(ref, incident);
  }

  /** The title of the incident's severity (its id when the policy no longer has it). */
  private String severityTitle(Incident incident) {
    return rules()
        .severity(incident.severity())
        .map(IncidentSeverity::title)
        .orElse(incident.severity());
  }

  private static Incident requireOpen(Incident incident, String verb) {
    if (!incident.status().isOpen()) {
      throw conflict(
          incident, verb, "A closed incident keeps its resolution; a new problem is a new report.");
    }
    return incident;
  }

  private static ApiException conflict(Incident incident, String verb, String hint) {
    return ApiException.conflict(
        "incident_" + incident.status().code(),
        "incident '"
            + incident.id()
            + "' is "
            + incident.status().code()
            + ", so there is nothing to "
            + verb,
        Map.of("status", incident.status().code()),
        hint);
  }

  private void requireReleased(Repositories tx, ReleaseRef ref) {
    if (!ReleaseVisibility.everPublic(tx, ref.release())) {
      throw ApiException.conflict(
          "not_released",
          "release '" + ref.label() + "' has not been released",
          Map.of("state", ref.release().state().wireName()),
          "Incidents are for released models. During review, file a finding instead"
              + " (POST …/releases/{version}/findings).");
    }
  }

  private void limitAnonymous(Repositories tx, Context ctx, ReleaseRef ref, Instant now) {
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

  private IncidentKind kind(IncidentRules rules, String id) {
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

  private IncidentRules rules() {
    return context.policy().incidents();
  }

  private Instant now() {
    return context.clock().instant();
  }
}
