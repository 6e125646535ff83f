package dev.clearance.server.web.steward;

import dev.clearance.release.ReleaseState;
import dev.clearance.server.auditor.FirmDirectory;
import dev.clearance.server.auditor.FirmList;
import dev.clearance.server.catalog.CatalogQuery;
import dev.clearance.server.certification.CertificationList;
import dev.clearance.server.certification.CertificationReads;
import dev.clearance.server.evaluator.ApplicationList;
import dev.clearance.server.evaluator.VettingQueue;
import dev.clearance.server.finding.ContestedList;
import dev.clearance.server.finding.OverdueList;
import dev.clearance.server.finding.StewardQueues;
import dev.clearance.server.http.ApiException;
import dev.clearance.server.http.PageParams;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.release.StoreReads;
import dev.clearance.server.route.Access;
import dev.clearance.server.route.Page;
import dev.clearance.server.route.Principal;
import dev.clearance.server.web.PageRenderer;
import dev.clearance.server.web.Pager;
import dev.clearance.store.PageRequest;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * The stewards' pages (issue 7 item 5): the start page with every queue, evaluator vetting, audit
 * firms and auditors, releases waiting for a steward (review windows to open, approvals, waivers
 * with reasons), contested responses to decide, overdue responses, and every organization's
 * incidents with those escalated or past a deadline first. The pages read what the API reads; every
 * decision is a form that {@code clearance.js} sends to the API.
 */
public final class StewardPages {

  private static final int COUNTED = 100;
  private static final List<String> VETTING_STATUSES = List.of("pending", "vetted", "suspended");

  private StewardPages() {}

  public static List<Page> list(RegistryContext context, PageRenderer renderer) {
    StewardIncidents incidents = new StewardIncidents(context, renderer);
    return List.of(
        Page.get(
            "/steward",
            "stewardHome",
            Access.steward(),
            (ctx, caller) ->
                renderer.page(
                    ctx, caller, "Stewardship", "steward/home.jte", home(context, caller))),
        Page.get(
            "/steward/vetting",
            "stewardVetting",
            Access.steward(),
            (ctx, caller) ->
                renderer.page(
                    ctx,
                    caller,
                    "Evaluator vetting",
                    "steward/vetting.jte",
                    vetting(context, ctx))),
        Page.get(
            "/steward/auditors",
            "stewardAuditors",
            Access.steward(),
            (ctx, caller) -> {
              FirmList firms = FirmDirectory.read(context, PageParams.of(ctx));
              renderer.page(
                  ctx,
                  caller,
                  "Audit firms and auditors",
                  "steward/auditors.jte",
                  new AuditorsView(
                      firms.items(),
                      Pager.byCursor("/steward/auditors", ctx.queryParam("after"), firms.next())));
            }),
        Page.get(
            "/steward/releases",
            "stewardReleases",
            Access.steward(),
            (ctx, caller) ->
                renderer.page(
                    ctx,
                    caller,
                    "Releases waiting for a steward",
                    "steward/releases.jte",
                    releases(context, ctx, caller))),
        Page.get(
            "/steward/contested",
            "stewardContested",
            Access.steward(),
            (ctx, caller) -> {
              ContestedList found = StewardQueues.contested(context, PageParams.of(ctx));
              renderer.page(
                  ctx,
                  caller,
                  "Contested responses",
                  "steward/findings.jte",
                  new FindingQueueView(
                      findingTabs("/steward/contested"),
                      found.items(),
                      List.of(),
                      Pager.byCursor("/steward/contested", ctx.queryParam("after"), found.next())));
            }),
        Page.get(
            "/steward/overdue",
            "stewardOverdue",
            Access.steward(),
            (ctx, caller) -> {
              OverdueList found = StewardQueues.overdue(context, PageParams.of(ctx));
              renderer.page(
                  ctx,
                  caller,
                  "Overdue responses",
                  "steward/findings.jte",
                  new FindingQueueView(
                      findingTabs("/steward/overdue"),
                      List.of(),
                      found.items(),
                      Pager.byCursor("/steward/overdue", ctx.queryParam("after"), found.next())));
            }),
        Page.get(StewardIncidents.PATH, "stewardIncidents", Access.steward(), incidents::show));
  }

  private static StewardHomeView home(RegistryContext context, Principal caller) {
    StewardQueues.Counts findings = StewardQueues.counts(context);
    return new StewardHomeView(
        List.of(
            new StewardHomeView.Queue(
                "Evaluator applications",
                "/steward/vetting",
                "People who applied to review models before release; approve or reject them.",
                VettingQueue.pending(context),
                false),
            releasesWaiting(context, caller, ReleaseState.SUBMITTED, "Review windows to open"),
            releasesWaiting(context, caller, ReleaseState.IN_REVIEW, "Releases in review"),
            releasesWaiting(
                context, caller, ReleaseState.AWAITING_RESPONSES, "Releases awaiting responses"),
            new StewardHomeView.Queue(
                "Contested responses",
                "/steward/contested",
                "Evaluators disagree with the organization's response; decide with a reason.",
                findings.contested(),
                false),
            new StewardHomeView.Queue(
                "Overdue responses",
                "/steward/overdue",
                "Findings the organization has not answered by their deadline.",
                findings.overdue(),
                false),
            certificationRequests(context, caller),
            StewardIncidents.queue(context, COUNTED)));
  }

  private static StewardHomeView.Queue certificationRequests(
      RegistryContext context, Principal caller) {
    CertificationList requested =
        CertificationReads.all(context, caller, "requested", PageRequest.first(COUNTED));
    return new StewardHomeView.Queue(
        "Certification requests",
        "/certifications?status=requested",
        "Organizations attest that they follow the framework; certify or decline them.",
        requested.items().size(),
        requested.next() != null);
  }

  private static StewardHomeView.Queue releasesWaiting(
      RegistryContext context, Principal caller, ReleaseState state, String title) {
    var found =
        StoreReads.read(
            context.db(),
            tx ->
                CatalogQuery.search(
                    tx,
                    caller,
                    CatalogQuery.filter(Map.of("state", List.of(state.wireName()))),
                    PageRequest.first(COUNTED)));
    String description =
        switch (state) {
          case SUBMITTED -> "Submitted releases; starting the review opens their window.";
          case IN_REVIEW -> "Review windows that are running; approve when nothing blocks.";
          default -> "Windows closed, findings being answered; approve when all are settled.";
        };
    return new StewardHomeView.Queue(
        title,
        "/steward/releases?state=" + state.wireName(),
        description,
        found.items().size(),
        found.next() != null);
  }

  private static VettingView vetting(RegistryContext context, Context ctx) {
    String status = ctx.queryParam("status") == null ? "pending" : ctx.queryParam("status");
    if (!VETTING_STATUSES.contains(status)) {
      throw ApiException.badRequest(
          "invalid_parameter",
          "status must be one of " + String.join(", ", VETTING_STATUSES),
          Map.of("parameter", "status"),
          "Choose one of the tabs: pending applications, vetted or suspended evaluators.");
    }
    ApplicationList found = VettingQueue.read(context, status, PageParams.of(ctx));
    String path = "/steward/vetting?status=" + status;
    List<Tab> tabs =
        VETTING_STATUSES.stream()
            .map(
                each ->
                    new Tab(
                        switch (each) {
                          case "pending" -> "Pending applications";
                          case "vetted" -> "Vetted evaluators";
                          default -> "Suspended evaluators";
                        },
                        "/steward/vetting?status=" + each,
                        each.equals(status)))
            .toList();
    return new VettingView(
        status, tabs, found.items(), Pager.byCursor(path, ctx.queryParam("after"), found.next()));
  }

  private static ReleaseQueueView releases(RegistryContext context, Context ctx, Principal caller) {
    String wanted = ctx.queryParam("state") == null ? "submitted" : ctx.queryParam("state");
    ReleaseState state =
        ReleaseQueue.STATES.stream()
            .filter(each -> each.wireName().equals(wanted))
            .findFirst()
            .orElseThrow(
                () ->
                    ApiException.badRequest(
                        "invalid_parameter",
                        "state must be submitted, in_review, awaiting_responses or draft",
                        Map.of("parameter", "state"),
                        "Choose one of the tabs; other releases do not wait for a steward."));
    ReleaseQueue.Found found = ReleaseQueue.read(context, caller, state, PageParams.of(ctx));
    List<Tab> tabs =
        ReleaseQueue.STATES.stream()
            .map(
                each ->
                    new Tab(
                        switch (each) {
                          case SUBMITTED -> "Windows to open";
                          case IN_REVIEW -> "In review";
                          case AWAITING_RESPONSES -> "Awaiting responses";
                          default -> "Failed checks";
                        },
                        "/steward/releases?state=" + each.wireName(),
                        each == state))
            .toList();
    return new ReleaseQueueView(
        state.wireName(),
        tabs,
        found.items(),
        Pager.byCursor(
            "/steward/releases?state=" + state.wireName(), ctx.queryParam("after"), found.next()));
  }

  private static List<Tab> findingTabs(String current) {
    return List.of(
        new Tab("Contested responses", "/steward/contested", current.equals("/steward/contested")),
        new Tab("Overdue responses", "/steward/overdue", current.equals("/steward/overdue")));
  }
}
