package dev.clearance.server.web.incident;

import dev.clearance.server.http.ApiException;
import dev.clearance.server.http.PageParams;
import dev.clearance.server.http.PathNames;
import dev.clearance.server.incident.AcknowledgeRequest;
import dev.clearance.server.incident.IncidentList;
import dev.clearance.server.incident.IncidentReads;
import dev.clearance.server.incident.IncidentSteps;
import dev.clearance.server.incident.IncidentView;
import dev.clearance.server.incident.NoteRequest;
import dev.clearance.server.incident.ResolutionRequest;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.route.Principal;
import dev.clearance.server.web.Links;
import dev.clearance.server.web.PageRenderer;
import dev.clearance.server.web.Pager;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * The organization's incident pages, for its releasers and the stewards: {@code GET
 * /orgs/{org}/incidents} (by {@code status}, paged by {@code after}) and {@code GET
 * /orgs/{org}/incidents/{incident}} with one plain form per step, posting to {@code …/acknowledge},
 * {@code …/updates}, {@code …/resolve} and {@code …/reject}. The list's pager asks for the list
 * alone (htmx, {@code HX-Target: results}). A step runs {@link IncidentSteps} exactly as the API
 * does, with the version the page showed as its {@code If-Match}; it then redirects (303) back to
 * the incident with a notice, and a refusal (stale, closed, bad input) shows the incident again
 * with the message and what was typed.
 */
final class ResponderPages {

  private static final String TEMPLATE = "incident/incident.jte";

  /** The status filters of the list, in tab order; {@code open} is shown without one. */
  private static final List<String> FILTERS =
      List.of("open", "overdue", "resolved", "rejected", IncidentTabs.ALL);

  /** Hints for people on the forms, by field or error code, instead of the API's. */
  private static final Map<String, String> HINTS =
      Map.of(
          "note", "Write the note the reporter will read with the report.",
          "resolution",
              "Say what was done, or why the report does not hold; the reporter reads it.",
          "severity", "Choose one of the playbook's severities.",
          "stale_version",
              "Someone changed this incident while you were writing. Read it again below, then"
                  + " send your text again if it still fits.");

  private final RegistryContext context;
  private final PageRenderer renderer;
  private final IncidentSteps steps;

  ResponderPages(RegistryContext context, PageRenderer renderer) {
    this.context = context;
    this.renderer = renderer;
    this.steps = new IncidentSteps(context);
  }

  void list(Context ctx, Principal caller) {
    String org = PathNames.slug(ctx, "org", "organization");
    IncidentTabs tabs = new IncidentTabs(Links.incidents(org), FILTERS);
    String status = tabs.chosen(ctx);
    IncidentList found =
        IncidentReads.ofOrganization(
            context, org, status.equals(IncidentTabs.ALL) ? null : status, PageParams.of(ctx));
    OrgIncidentsView view =
        new OrgIncidentsView(
            org,
            tabs.tabs(status),
            new IncidentResults(
                IncidentTabs.heading(status),
                "No report has this status.",
                found.items(),
                Pager.byCursor(tabs.path(status), ctx.queryParam("after"), found.next()),
                playbook(),
                false));
    if (PageRenderer.wantsFragment(ctx) && "results".equals(ctx.header("HX-Target"))) {
      renderer.fragment(ctx, "incident/results.jte", view.results());
    } else {
      renderer.page(ctx, caller, "Incidents of " + org, "incident/list.jte", view);
    }
  }

  void show(Context ctx, Principal caller) {
    IncidentView incident = steps.read(ctx);
    String notice =
        switch (String.valueOf(ctx.queryParam("done"))) {
          case "acknowledged" -> "Acknowledged. The reporter reads your note with the report.";
          case "updated" -> "Update posted. The reporter reads it with the report.";
          case "resolved" -> "Resolved. The reporter reads your resolution with the report.";
          case "rejected" -> "Rejected. The reporter reads your reasons with the report.";
          default -> null;
        };
    render(ctx, caller, IncidentPageView.of(incident.org(), incident, playbook(), notice));
  }

  void acknowledge(Context ctx, Principal caller) {
    take(
        ctx,
        caller,
        "acknowledge",
        "acknowledged",
        () ->
            steps.acknowledge(
                ctx,
                caller,
                new AcknowledgeRequest(ctx.formParam("severity"), ctx.formParam("note")),
                version(ctx)));
  }

  void update(Context ctx, Principal caller) {
    take(
        ctx,
        caller,
        "updates",
        "updated",
        () -> steps.update(ctx, caller, new NoteRequest(ctx.formParam("note")), version(ctx)));
  }

  void resolve(Context ctx, Principal caller) {
    take(
        ctx,
        caller,
        "resolve",
        "resolved",
        () ->
            steps.resolve(
                ctx, caller, new ResolutionRequest(ctx.formParam("resolution")), version(ctx)));
  }

  void reject(Context ctx, Principal caller) {
    take(
        ctx,
        caller,
        "reject",
        "rejected",
        () ->
            steps.reject(
                ctx, caller, new ResolutionRequest(ctx.formParam("resolution")), version(ctx)));
  }

  /** Takes the step of {@code form}; redirects to the incident, or shows it with the refusal. */
  private void take(
      Context ctx, Principal caller, String form, String done, Supplier<IncidentView> step) {
    IncidentView after;
    try {
      after = step.get();
    } catch (ApiException e) {
      if (FormError.notAboutTheForm(e)) {
        throw e;
      }
      IncidentView current = steps.read(ctx);
      Map<String, String> typed = new HashMap<>();
      for (String field : List.of("severity", "note", "resolution")) {
        String value = ctx.formParam(field);
        if (value != null) {
          typed.put(field, value);
        }
      }
      ctx.status(e.status());
      render(
          ctx,
          caller,
          new IncidentPageView(
              current.org(), current, playbook(), null, form, FormError.of(e, HINTS), typed));
      return;
    }
    ctx.redirect(Links.incident(after.org(), after.id()) + "?done=" + done, HttpStatus.SEE_OTHER);
  }

  /** The version of the incident the form was shown with, its If-Match; empty without one. */
  private static OptionalLong version(Context ctx) {
    String version = ctx.formParam("version");
    if (version == null || version.isBlank()) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(version.strip()));
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(
          "invalid_value",
          "version must be the number of the incident's version the form was shown with",
          Map.of("field", "version"),
          "Reload the incident and send the form again.");
    }
  }

  private void render(Context ctx, Principal caller, IncidentPageView view) {
    IncidentView incident = view.incident();
    renderer.page(
        ctx,
        caller,
        "Incident on " + incident.org() + "/" + incident.model() + " " + incident.releaseVersion(),
        TEMPLATE,
        view);
  }

  private PlaybookWords playbook() {
    return new PlaybookWords(context.policy().incidents());
  }
}
