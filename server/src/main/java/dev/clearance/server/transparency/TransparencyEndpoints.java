package dev.clearance.server.transparency;

import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.route.Access;
import dev.clearance.server.route.Endpoint;
import dev.clearance.server.route.Endpoint.Method;
import java.util.List;

/** The transparency report as JSON and CSV (ACC-3). */
public final class TransparencyEndpoints {

  static final String TAG = "transparency";

  private TransparencyEndpoints() {}

  public static List<Endpoint> list(RegistryContext context) {
    return List.of(
        Endpoint.of(
            Method.GET,
            "/api/v1/transparency-report",
            "transparencyReport",
            TAG,
            "The transparency report of a calendar year (year=YYYY, default this year): adoption,"
                + " releases per tier, compliance, findings and response times, certifications",
            Access.anyone(),
            TransparencyReport.class,
            (ctx, caller) ->
                ctx.json(
                    TransparencyReports.of(
                        context, TransparencyReports.year(context, ctx.queryParam("year"))))),
        Endpoint.of(
            Method.GET,
            "/api/v1/transparency-report/csv",
            "transparencyReportCsv",
            TAG,
            "The same report as CSV (text/csv; metric,value rows)",
            Access.anyone(),
            String.class,
            (ctx, caller) -> {
              int year = TransparencyReports.year(context, ctx.queryParam("year"));
              ctx.header(
                  "Content-Disposition",
                  "attachment; filename=\"clearance-transparency-" + year + ".csv\"");
              ctx.contentType("text/csv; charset=utf-8")
                  .result(TransparencyCsv.of(TransparencyReports.of(context, year)));
            }));
  }
}
