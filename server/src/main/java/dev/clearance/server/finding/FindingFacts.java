package dev.clearance.server.finding;

import dev.clearance.release.Guard;
import dev.clearance.server.release.Times;
import dev.clearance.store.Repositories;
import dev.clearance.store.finding.Finding;
import dev.clearance.store.finding.FindingState;
import dev.clearance.store.release.Release;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the release workflow needs of a release's findings (REV-5): how many lack a current response
 * (open, not duplicates: a duplicate is answered with its original) and how many responses are
 * contested and undecided, and for a refusal, which findings those are.
 */
public final class FindingFacts {

  private FindingFacts() {}

  /** The findings of {@code release} without a current response, duplicates aside. */
  public static int unanswered(Repositories tx, Release release) {
    return unsettled(tx, release, FindingState.OPEN).size();
  }

  /** The findings of {@code release} whose response is contested and not yet decided. */
  public static int contested(Repositories tx, Release release) {
    return unsettled(tx, release, FindingState.CONTESTED).size();
  }

  /**
   * The details of the {@code findings_answered} and {@code no_contested_responses} guards of a
   * refusal: {@code findings}, each with id, title, severity and due date, oldest first. Guards
   * that hold have no entry.
   */
  public static Map<Guard, Map<String, Object>> guardDetails(Repositories tx, Release release) {
    Map<Guard, Map<String, Object>> details = new LinkedHashMap<>();
    List<Map<String, Object>> unanswered = listed(unsettled(tx, release, FindingState.OPEN));
    List<Map<String, Object>> contested = listed(unsettled(tx, release, FindingState.CONTESTED));
    if (!unanswered.isEmpty()) {
      details.put(Guard.FINDINGS_ANSWERED, Map.of("findings", unanswered));
    }
    if (!contested.isEmpty()) {
      details.put(Guard.NO_CONTESTED_RESPONSES, Map.of("findings", contested));
    }
    return details;
  }

  /**
   * The findings of {@code release} that stand between it and approval, oldest first: those without
   * a current response (open, duplicates aside) and those whose response is contested.
   */
  public static List<Finding> unsettled(Repositories tx, Release release) {
    return Findings.findings(tx).listUnsettled(release.id());
  }

  private static List<Finding> unsettled(Repositories tx, Release release, FindingState state) {
    return unsettled(tx, release).stream().filter(finding -> finding.state() == state).toList();
  }

  private static List<Map<String, Object>> listed(List<Finding> findings) {
    return findings.stream()
        .map(
            finding -> {
              Map<String, Object> item = new LinkedHashMap<>();
              item.put("id", finding.id());
              item.put("title", finding.content().title());
              item.put("severity", finding.content().severity());
              item.put("dueAt", Times.iso(finding.dueAt()));
              return item;
            })
        .toList();
  }
}
