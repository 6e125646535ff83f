package dev.clearance.server.web.transparency;

import dev.clearance.server.http.ApiException;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.route.Access;
import dev.clearance.server.route.Page;
import dev.clearance.server.transparency.TransparencyReport;
import dev.clearance.server.transparency.TransparencyReports;
import dev.clearance.server.web.PageRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The annual transparency report as a web page with charts (ACC-3). */
public final class TransparencyPages {

  private static final Map<String, String> TIER_LABELS =
      Map.of("1", "Tier 1", "2", "Tier 2", "3", "Tier 3", "4", "Tier 4", "unknown", "No tier");

  private TransparencyPages() {}

  public static List<Page> list(RegistryContext context, PageRenderer renderer) {
    return List.of(
        Page.get(
            "/transparency",
            "transparencyReportPage",
            Access.anyone(),
            (ctx, caller) -> {
              int year;
              try {
                year = TransparencyReports.year(context, ctx.queryParam("year"));
              } catch (ApiException e) {
                year = TransparencyReports.year(context, null);
              }
              TransparencyReport report = TransparencyReports.of(context, year);
              int current = TransparencyReports.year(context, null);
              List<Integer> years = new ArrayList<>();
              for (int y = current; y >= TransparencyReports.FIRST_YEAR; y--) {
                years.add(y);
              }
              renderer.page(
                  ctx,
                  caller,
                  "Transparency report " + year,
                  "transparency/report.jte",
                  new TransparencyPageView(
                      report,
                      years,
                      Bar.of(report.releases().byTier(), TIER_LABELS),
                      Bar.of(report.findings().byResponse(), Map.of()),
                      Bar.of(report.incidents().byKind(), kindTitles(context)),
                      Bar.of(report.incidents().bySeverity(), severityTitles(context))));
            }));
  }

  private static Map<String, String> kindTitles(RegistryContext context) {
    Map<String, String> titles = new java.util.HashMap<>();
    context.policy().incidents().kinds().forEach(kind -> titles.put(kind.id(), kind.title()));
    return titles;
  }

  private static Map<String, String> severityTitles(RegistryContext context) {
    Map<String, String> titles = new java.util.HashMap<>();
    context
        .policy()
        .incidents()
        .severities()
        .forEach(severity -> titles.put(severity.id(), severity.title()));
    return titles;
  }
}
