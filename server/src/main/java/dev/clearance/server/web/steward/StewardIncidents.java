package dev.clearance.server.web.steward;

import dev.clearance.server.http.PageParams;
import dev.clearance.server.incident.IncidentList;
import dev.clearance.server.incident.IncidentReads;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.route.Principal;
import dev.clearance.server.web.PageRenderer;
import dev.clearance.server.web.Pager;
import dev.clearance.server.web.incident.IncidentResults;
import dev.clearance.server.web.incident.IncidentTabs;
import dev.clearance.server.web.incident.PlaybookWords;
import dev.clearance.store.PageRequest;
import io.javalin.http.Context;
import java.util.List;

/**
 * The stewards' incidents (LIFE-2): {@code GET /steward/incidents} lists every organization's
 * incidents by {@code status}, paged by {@code after}; the default tab, "Needs attention", holds
 * the open reports escalated to the stewards or past a deadline ({@link IncidentReads#escalated}),
 * the others read {@link IncidentReads#all}. Each incident links to its organization's incident
 * page, where stewards may act as responders. The pager asks for the list alone (htmx, {@code
 * HX-Target: results}), as on the organization's list, whose fragment this page shares.
 */
final class StewardIncidents {

  static final String PATH = "/steward/incidents";

  private static final IncidentTabs TABS =
      new IncidentTabs(
          PATH,
          List.of(
              IncidentTabs.NEEDS_ATTENTION,
              "open",
              "overdue",
              "resolved",
              "rejected",
              IncidentTabs.ALL));

  private final RegistryContext context;
  private final PageRenderer renderer;

  StewardIncidents(RegistryContext context, PageRenderer renderer) {
    this.context = context;
    this.renderer = renderer;
  }

  /** The start page's queue, counting up to {@code counted} incidents that need attention. */
  static StewardHomeView.Queue queue(RegistryContext context, int counted) {
    IncidentList found = IncidentReads.escalated(context, PageRequest.first(counted));
    return new StewardHomeView.Queue(
        "Escalated incidents",
        PATH,
        "Reports of harm or disputed outputs that escalate at once or are past a deadline; the"
            + " organization responds, and you may respond for it.",
        found.items().size(),
        found.next() != null);
  }

  void show(Context ctx, Principal caller) {
    String status = TABS.chosen(ctx);
    PageRequest page = PageParams.of(ctx);
    IncidentList found =
        switch (status) {
          case IncidentTabs.NEEDS_ATTENTION -> IncidentReads.escalated(context, page);
          case IncidentTabs.ALL -> IncidentReads.all(context, null, page);
          default -> IncidentReads.all(context, status, page);
        };
    StewardIncidentsView view =
        new StewardIncidentsView(
            TABS.tabs(status),
            new IncidentResults(
                IncidentTabs.heading(status),
                status.equals(IncidentTabs.NEEDS_ATTENTION)
                    ? "No open report is escalated or past a deadline."
                    : "No report has this status.",
                found.items(),
                Pager.byCursor(TABS.path(status), ctx.queryParam("after"), found.next()),
                new PlaybookWords(context.policy().incidents()),
                true));
    if (PageRenderer.wantsFragment(ctx) && "results".equals(ctx.header("HX-Target"))) {
      renderer.fragment(ctx, "incident/results.jte", view.results());
    } else {
      renderer.page(ctx, caller, "Incidents", "steward/incidents.jte", view);
    }
  }
}
