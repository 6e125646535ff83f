package dev.clearance.server.incident;

import dev.clearance.server.http.IfMatch;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.PageParams;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.route.Principal;
import io.javalin.http.Context;

/**
 * The handlers of incidents (LIFE-2): each reads its request and answers with JSON; reporting is
 * {@link IncidentReporting}, the responders' steps are {@link IncidentSteps}, shared with the
 * pages.
 */
final class IncidentHandlers {

  private final RegistryContext context;
  private final IncidentReporting reporting;
  private final IncidentSteps steps;

  IncidentHandlers(RegistryContext context) {
    this.context = context;
    this.reporting = new IncidentReporting(context);
    this.steps = new IncidentSteps(context);
  }

  /** {@code POST …/releases/{version}/incidents}: anyone reports harm or disputes an output. */
  void report(Context ctx, Principal caller) {
    ReportedView reported =
        reporting.report(ctx, caller, Json.read(ctx, IncidentReportRequest.class));
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
    ctx.json(PlaybookView.of(context.policy().ref().toString(), context.policy().incidents()));
  }

  /** {@code GET /api/v1/orgs/{org}/incidents/{incident}}. */
  void get(Context ctx, Principal caller) {
    answer(ctx, steps.read(ctx));
  }

  /** {@code POST …/incidents/{incident}/acknowledge}: confirms or sets the severity. */
  void acknowledge(Context ctx, Principal caller) {
    AcknowledgeRequest request = Json.read(ctx, AcknowledgeRequest.class);
    answer(ctx, steps.acknowledge(ctx, caller, request, IfMatch.version(ctx)));
  }

  /** {@code POST …/incidents/{incident}/updates}: a note to the reporter. */
  void update(Context ctx, Principal caller) {
    NoteRequest request = Json.read(ctx, NoteRequest.class);
    answer(ctx, steps.update(ctx, caller, request, IfMatch.version(ctx)));
  }

  /** {@code POST …/incidents/{incident}/resolve}: says what was done. */
  void resolve(Context ctx, Principal caller) {
    ResolutionRequest request = Json.read(ctx, ResolutionRequest.class);
    answer(ctx, steps.resolve(ctx, caller, request, IfMatch.version(ctx)));
  }

  /** {@code POST …/incidents/{incident}/reject}: says why the report does not hold. */
  void reject(Context ctx, Principal caller) {
    ResolutionRequest request = Json.read(ctx, ResolutionRequest.class);
    answer(ctx, steps.reject(ctx, caller, request, IfMatch.version(ctx)));
  }

  private static void answer(Context ctx, IncidentView view) {
    IfMatch.etag(ctx, view.version());
    ctx.json(view);
  }
}
