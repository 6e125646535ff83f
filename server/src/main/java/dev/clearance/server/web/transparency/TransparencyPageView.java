package dev.clearance.server.web.transparency;

import dev.clearance.server.transparency.TransparencyReport;
import java.util.List;

/**
 * The transparency report page ({@code transparency/report.jte}).
 *
 * @param years the years a report can be read for, newest first
 * @param tiers releases released in the year, per tier
 * @param responses answered findings, per kind of latest response
 * @param incidentKinds incidents reported in the year, per kind
 * @param incidentSeverities incidents reported in the year, per current severity
 */
public record TransparencyPageView(
    TransparencyReport report,
    List<Integer> years,
    List<Bar> tiers,
    List<Bar> responses,
    List<Bar> incidentKinds,
    List<Bar> incidentSeverities) {

  public TransparencyPageView {
    years = List.copyOf(years);
    tiers = List.copyOf(tiers);
    responses = List.copyOf(responses);
    incidentKinds = List.copyOf(incidentKinds);
    incidentSeverities = List.copyOf(incidentSeverities);
  }

  /** Hours with one decimal, or "–". */
  public static String hours(Double hours) {
    return hours == null ? "–" : String.format(java.util.Locale.ROOT, "%.1f hours", hours);
  }

  /** A rate as a percentage with one decimal, or "–" when there is none. */
  public static String percent(Double rate) {
    return rate == null ? "–" : String.format(java.util.Locale.ROOT, "%.1f %%", rate * 100);
  }

  /** Days with two decimals, or "–". */
  public static String days(Double days) {
    return days == null ? "–" : String.format(java.util.Locale.ROOT, "%.2f days", days);
  }
}
