package dev.clearance.server.transparency;

import dev.clearance.server.http.ApiException;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.store.incident.IncidentRepository;
import dev.clearance.store.transparency.TransparencyQueries;
import dev.clearance.store.transparency.TransparencyQueries.PublicFinding;
import dev.clearance.store.transparency.TransparencyQueries.PublishedRelease;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Computes the transparency report of a year from the registry's public records. */
public final class TransparencyReports {

  /** The first year a report may be asked for. */
  public static final int FIRST_YEAR = 2024;

  private TransparencyReports() {}

  /**
   * The year named by {@code text}, or the current year (the server's clock) when absent.
   *
   * @throws ApiException 400 for a year that is not a number from {@value #FIRST_YEAR} to now
   */
  public static int year(RegistryContext context, String text) {
    int current = LocalDate.ofInstant(context.clock().instant(), ZoneOffset.UTC).getYear();
    if (text == null || text.isBlank()) {
      return current;
    }
    int year;
    try {
      year = Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      year = -1;
    }
    if (year < FIRST_YEAR || year > current) {
      throw ApiException.badRequest(
          "invalid_value",
          "year '" + text.replaceAll("\\p{Cntrl}", "?") + "' is not a year of this registry",
          Map.of("field", "year"),
          "Give a year from " + FIRST_YEAR + " to " + current + ", or leave it out for this year.");
    }
    return year;
  }

  /** The report of {@code year}; for the current year, up to now. */
  public static TransparencyReport of(RegistryContext context, int year) {
    Instant now = context.clock().instant();
    Instant from = LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant end = LocalDate.of(year + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant to = end.isAfter(now) ? now : end;
    return context
        .db()
        .withHandle(
            handle -> {
              TransparencyQueries queries = new TransparencyQueries(handle);
              List<PublishedRelease> released = queries.releasedBetween(from, end);
              List<PublicFinding> findings = queries.findingsFiledBetween(from, end);
              return new TransparencyReport(
                  year,
                  from.toString(),
                  to.toString(),
                  now.toString(),
                  context.policy().ref().toString(),
                  adoption(queries, released, to),
                  releases(released),
                  findings(findings),
                  new TransparencyReport.Certifications(
                      queries.certificationsGrantedBetween(from, end),
                      queries.certificationsRevokedBetween(from, end)),
                  TransparencyIncidents.of(
                      new IncidentRepository(handle, context.clock())
                          .listReportedBetween(from, end),
                      context.policy().incidents(),
                      to));
            });
  }

  private static TransparencyReport.Adoption adoption(
      TransparencyQueries queries, List<PublishedRelease> released, Instant at) {
    Set<String> publishing = new HashSet<>();
    released.forEach(release -> publishing.add(release.orgId()));
    return new TransparencyReport.Adoption(
        queries.organizations(), publishing.size(), queries.organizationsCertifiedAt(at));
  }

  private static TransparencyReport.Releases releases(List<PublishedRelease> released) {
    Map<String, Integer> byTier = new LinkedHashMap<>();
    for (String tier : List.of("1", "2", "3", "4", "unknown")) {
      byTier.put(tier, 0);
    }
    int compliant = 0;
    for (PublishedRelease release : released) {
      byTier.merge(release.tier() == null ? "unknown" : release.tier().toString(), 1, Integer::sum);
      if (Boolean.TRUE.equals(release.latestCheckPassed())) {
        compliant++;
      }
    }
    Double rate = released.isEmpty() ? null : round((double) compliant / released.size());
    return new TransparencyReport.Releases(released.size(), byTier, compliant, rate);
  }

  private static TransparencyReport.Findings findings(List<PublicFinding> findings) {
    List<Double> days = new ArrayList<>();
    Map<String, Integer> byResponse = new TreeMap<>();
    int overdue = 0;
    for (PublicFinding finding : findings) {
      if (finding.firstResponseAt() != null) {
        days.add(
            Duration.between(finding.filedAt(), finding.firstResponseAt()).toMinutes()
                / (24.0 * 60));
        byResponse.merge(finding.lastResponseKind(), 1, Integer::sum);
      }
      if (finding.overdue()) {
        overdue++;
      }
    }
    days.sort(null);
    return new TransparencyReport.Findings(
        findings.size(),
        days.size(),
        overdue,
        percentile(days, 50),
        percentile(days, 90),
        byResponse);
  }

  /** The nearest-rank percentile of sorted {@code values}, rounded to 0.01; null when empty. */
  static Double percentile(List<Double> values, int percent) {
    if (values.isEmpty()) {
      return null;
    }
    int rank = (int) Math.ceil(percent / 100.0 * values.size());
    return round(values.get(Math.max(0, rank - 1)));
  }

  static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
