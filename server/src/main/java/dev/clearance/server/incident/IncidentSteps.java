package dev.clearance.server.incident;

import dev.clearance.policy.IncidentSeverity;
import dev.clearance.server.http.ApiException;
import dev.clearance.server.http.IfMatch;
import dev.clearance.server.http.TextFields;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.release.ReleaseLookup;
import dev.clearance.server.release.ReleaseRef;
import dev.clearance.server.release.StoreReads;
import dev.clearance.server.route.Principal;
import dev.clearance.store.Repositories;
import dev.clearance.store.identity.Organization;
import dev.clearance.store.incident.Incident;
import dev.clearance.store.incident.IncidentStatus;
import io.javalin.http.Context;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The incident of a request's path ({@code {org}}, {@code {incident}}) as its responders read it,
 * and their steps on it (LIFE-2): acknowledge, update, resolve, reject. The one place where these
 * steps are taken, for the API and the organization's incident page alike. Each step runs under the
 * audit log's lock, so that two steps on one incident are taken one after the other, each seeing
 * the other's result.
 *
 * <p>Every method throws {@link ApiException}: 400 for an invalid name or text (naming the field in
 * {@code details.field}), 404 when the incident is absent or concerns another organization's
 * release, 409 {@code incident_<status>} when the step does not fit the incident's status, 412
 * {@code stale_version} when {@code expected} is not its version.
 */
public final class IncidentSteps {

  private final RegistryContext context;
  private final IncidentEvents events;

  public IncidentSteps(RegistryContext context) {
    this.context = context;
    this.events = new IncidentEvents(context.audit(), context.notifier());
  }

  /** The incident with its reporter and updates. */
  public IncidentView read(Context ctx) {
    return StoreReads.read(
        context.db(),
        tx -> {
          Located located = locate(tx, ctx);
          return IncidentView.of(
              tx, located.ref(), located.incident(), context.clock().instant(), true);
        });
  }

  /** Acknowledges a received report, confirming its severity or setting another. */
  public IncidentView acknowledge(
      Context ctx, Principal caller, AcknowledgeRequest request, OptionalLong expected) {
    String note = TextFields.required("note", request.note(), TextFields.PARAGRAPH);
    return step(
        ctx,
        caller,
        expected,
        "acknowledge",
        (tx, located) -> {
          Incident incident = located.incident();
          if (incident.status() != IncidentStatus.RECEIVED) {
            throw conflict(incident, "acknowledge", "It was acknowledged already; post an update.");
          }
          IncidentSeverity severity =
              Incidents.severity(
                  context.policy().incidents(),
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

  /** A note to the reporter of an open incident. */
  public IncidentView update(
      Context ctx, Principal caller, NoteRequest request, OptionalLong expected) {
    String note = TextFields.required("note", request.note(), TextFields.PARAGRAPH);
    return step(
        ctx,
        caller,
        expected,
        "update",
        (tx, located) -> {
          Incident incident = requireOpen(located.incident(), "update");
          return Incidents.repository(tx)
              .update(incident.id(), incident.version(), caller.requireUserId(), note);
        });
  }

  /** Resolves an open incident, saying what was done. */
  public IncidentView resolve(
      Context ctx, Principal caller, ResolutionRequest request, OptionalLong expected) {
    return close(ctx, caller, request, expected, "resolve", IncidentStatus.RESOLVED);
  }

  /** Rejects an open incident, saying why the report does not hold. */
  public IncidentView reject(
      Context ctx, Principal caller, ResolutionRequest request, OptionalLong expected) {
    return close(ctx, caller, request, expected, "reject", IncidentStatus.REJECTED);
  }

  private IncidentView close(
      Context ctx,
      Principal caller,
      ResolutionRequest request,
      OptionalLong expected,
      String verb,
      IncidentStatus status) {
    String resolution =
        TextFields.required("resolution", request.resolution(), TextFields.PARAGRAPH);
    return step(
        ctx,
        caller,
        expected,
        verb,
        (tx, located) -> {
          Incident incident = requireOpen(located.incident(), verb);
          return Incidents.repository(tx)
              .close(incident.id(), incident.version(), status, caller.requireUserId(), resolution);
        });
  }

  /** A responder's step on the incident of the path, in one transaction under the audit lock. */
  private IncidentView step(
      Context ctx, Principal caller, OptionalLong expected, String verb, Step step) {
    return context
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
              return IncidentView.of(tx, located.ref(), after, context.clock().instant(), true);
            });
  }

  @FunctionalInterface
  private interface Step {
    Incident take(Repositories tx, Located located);
  }

  private record Located(ReleaseRef ref, Incident incident) {}

  /** The incident of the path, which must concern a release of the path's organization. */
  private static Located locate(Repositories tx, Context ctx) {
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
    return context
        .policy()
        .incidents()
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
}
