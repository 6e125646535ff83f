package dev.clearance.server.web.incident;

import dev.clearance.server.http.ApiException;
import dev.clearance.server.incident.IncidentReads;
import dev.clearance.server.incident.IncidentView;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.route.Principal;
import dev.clearance.server.web.PageRenderer;
import io.javalin.http.Context;

/**
 * {@code GET /incidents/track?reference=…}: a reporter follows a report with its tracking
 * reference, read by {@link IncidentReads#byReference} as {@code GET
 * /api/v1/incident-reports/{reference}}. Without a reference the page asks for one; an unknown one
 * is a 404 that says so. The answer is never stored by a cache: it is read with a secret.
 */
final class TrackPage {

  private static final String TITLE = "Track a report";
  private static final String TEMPLATE = "incident/track.jte";

  private final RegistryContext context;
  private final PageRenderer renderer;

  TrackPage(RegistryContext context, PageRenderer renderer) {
    this.context = context;
    this.renderer = renderer;
  }

  void show(Context ctx, Principal caller) {
    ctx.header("Cache-Control", "no-store");
    PlaybookWords playbook = new PlaybookWords(context.policy().incidents());
    String reference = ctx.queryParam("reference");
    reference = reference == null ? "" : reference.strip();
    if (reference.isEmpty()) {
      renderer.page(ctx, caller, TITLE, TEMPLATE, new TrackView(null, null, playbook, null));
      return;
    }
    IncidentView incident;
    try {
      incident = IncidentReads.byReference(context, reference);
    } catch (ApiException e) {
      if (e.status() != 404) {
        throw e;
      }
      ctx.status(404);
      FormError unknown =
          new FormError(
              "No report has this tracking reference.",
              "Check that you entered all of it, as it was shown when the report was sent: it"
                  + " starts with clri_. A lost reference cannot be recovered; if you reported"
                  + " while signed in, you are told of each update in your inbox, and you may"
                  + " always send a new report.",
              "reference");
      renderer.page(
          ctx,
          caller,
          "Report not found",
          TEMPLATE,
          new TrackView(reference, null, playbook, unknown));
      return;
    }
    renderer.page(ctx, caller, TITLE, TEMPLATE, new TrackView(reference, incident, playbook, null));
  }
}
