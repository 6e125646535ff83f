package dev.clearance.server.web.incident;

import dev.clearance.server.http.ApiException;
import dev.clearance.server.identity.Sessions;
import dev.clearance.server.incident.IncidentReads;
import dev.clearance.server.incident.IncidentReportRequest;
import dev.clearance.server.incident.IncidentReporting;
import dev.clearance.server.incident.IncidentView;
import dev.clearance.server.incident.ReportedView;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.release.ReleaseLookup;
import dev.clearance.server.release.ReleaseRef;
import dev.clearance.server.release.ReleaseVisibility;
import dev.clearance.server.release.StoreReads;
import dev.clearance.server.route.Principal;
import dev.clearance.server.web.PageRenderer;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.util.Map;

/**
 * {@code GET} and {@code POST /orgs/{org}/models/{model}/releases/{version}/report}: anyone reports
 * harm or disputes an output of a release that has been public. The post runs {@link
 * IncidentReporting#report}, exactly as {@code POST …/incidents}; on success the page shows the
 * tracking reference once (201), on a refusal the form again with the message and what was typed. A
 * release the visitor may not see is a 404, as in the API.
 */
final class ReportPage {

  private static final String TEMPLATE = "incident/report.jte";

  /** Hints for people on the form, by field or error code, instead of the API's. */
  private static final Map<String, String> HINTS =
      Map.of(
          "kind", "Choose what you are reporting.",
          "severity", "Choose how serious the problem is.",
          "summary", "Say in one line what went wrong, and the rest in the details.",
          "details", "Describe what happened: what was asked, what the model did, who was hurt.",
          "remedy", "Shorten what you ask for, or leave it empty.",
          "too_many_reports", "Sign in to report now, or wait and send the form again.",
          "not_released",
              "Incidents are for released models. While a release is in review, its evaluators"
                  + " file findings instead.");

  /** Where the confirmation of a new report is shown. */
  static final String REPORTED_PATH = "/incidents/reported";

  /** The cookie that carries a new report's reference to its confirmation, and only there. */
  static final String REPORTED_COOKIE = "clearance_reported";

  /** How long the reference waits in that cookie for the confirmation to be read. */
  static final int REFERENCE_SECONDS = 600;

  private final RegistryContext context;
  private final PageRenderer renderer;
  private final IncidentReporting reporting;

  ReportPage(RegistryContext context, PageRenderer renderer) {
    this.context = context;
    this.renderer = renderer;
    this.reporting = new IncidentReporting(context);
  }

  void show(Context ctx, Principal caller) {
    String org = ctx.pathParam("org");
    String model = ctx.pathParam("model");
    String version = ctx.pathParam("version");
    ReportFormView view =
        StoreReads.read(
            context.db(),
            tx -> {
              ReleaseRef ref =
                  ReleaseLookup.release(
                      tx,
                      caller,
                      org,
                      model,
                      version,
                      "incident report form " + org + "/" + model + "@" + version);
              return ReportFormView.blank(
                  ref.org().slug(),
                  ref.model().name(),
                  ref.release().versionLabel(),
                  ReleaseVisibility.everPublic(tx, ref.release()),
                  playbook());
            });
    renderer.page(ctx, caller, "Report a problem with " + view.label(), TEMPLATE, view);
  }

  void submit(Context ctx, Principal caller) {
    IncidentReportRequest typed =
        new IncidentReportRequest(
            ctx.formParam("kind"),
            ctx.formParam("severity"),
            ctx.formParam("summary"),
            ctx.formParam("details"),
            ctx.formParam("remedy"));
    ReportedView reported;
    try {
      reported = reporting.report(ctx, caller, typed);
    } catch (ApiException e) {
      if (FormError.notAboutTheForm(e)) {
        throw e;
      }
      ReportFormView view =
          new ReportFormView(
              ctx.pathParam("org"),
              ctx.pathParam("model"),
              ctx.pathParam("version"),
              true,
              playbook(),
              typed,
              FormError.of(e, HINTS));
      ctx.status(e.status());
      renderer.page(ctx, caller, "Report a problem with " + view.label(), TEMPLATE, view);
      return;
    }
    // Post, redirect, get: a reload of the confirmation cannot send the report again. The reference
    // goes to the confirmation in a cookie for that page only, which it clears, never in a URL.
    ctx.cookie(reportedCookie(ctx, reported.reference(), REFERENCE_SECONDS));
    ctx.redirect(REPORTED_PATH, HttpStatus.SEE_OTHER);
  }

  /**
   * {@code GET /incidents/reported}: the confirmation of the report just sent, with its tracking
   * reference, shown this once; afterwards (or without a report) a page that says so.
   */
  void reported(Context ctx, Principal caller) {
    String reference = ctx.cookie(REPORTED_COOKIE);
    ctx.header("Cache-Control", "no-store");
    if (reference == null || reference.isBlank()) {
      renderer.page(ctx, caller, "Report received", "incident/reportedOnce.jte", playbook());
      return;
    }
    ctx.cookie(reportedCookie(ctx, "", 0));
    IncidentView incident;
    try {
      incident = IncidentReads.byReference(context, reference);
    } catch (ApiException unknown) {
      renderer.page(ctx, caller, "Report received", "incident/reportedOnce.jte", playbook());
      return;
    }
    renderer.page(
        ctx,
        caller,
        "Report received",
        "incident/reported.jte",
        new ReportedPageView(ReportedView.of(reference, incident), playbook()));
  }

  private static Cookie reportedCookie(Context ctx, String value, int maxAgeSeconds) {
    return new Cookie(
        REPORTED_COOKIE,
        value,
        REPORTED_PATH,
        maxAgeSeconds,
        Sessions.overTls(ctx),
        true,
        null,
        SameSite.STRICT);
  }

  private PlaybookWords playbook() {
    return new PlaybookWords(context.policy().incidents());
  }
}
