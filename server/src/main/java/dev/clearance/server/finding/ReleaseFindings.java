package dev.clearance.server.finding;

import dev.clearance.policy.FindingSeverity;
import dev.clearance.policy.ReviewRules;
import dev.clearance.server.release.ReleaseRef;
import dev.clearance.server.route.Principal;
import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import dev.clearance.store.Repositories;
import dev.clearance.store.finding.Finding;
import dev.clearance.store.finding.FindingFilter;
import dev.clearance.store.finding.FindingResponse;
import dev.clearance.store.finding.FindingState;
import dev.clearance.store.finding.ResponseKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A release's findings for other features (the model page): the findings as a caller sees them,
 * redactions applied exactly as {@code GET …/findings} applies them, and their counts. The caller
 * must already have been found to see the release ({@link
 * dev.clearance.server.release.ReleaseLookup}).
 */
public final class ReleaseFindings {

  private ReleaseFindings() {}

  /**
   * The first {@code limit} findings of {@code ref}'s release, oldest first, as {@code caller} sees
   * them.
   *
   * @param rules the review rules of the release's policy
   * @param now the server's time, for overdue flags
   */
  public static List<FindingView> views(
      Repositories tx,
      Principal caller,
      ReleaseRef ref,
      ReviewRules rules,
      Instant now,
      int limit) {
    FindingViews views =
        new FindingViews(tx, ref, rules, FindingAccess.seesRedacted(tx, caller, ref), now);
    Page<Finding> page =
        Findings.findings(tx)
            .listByRelease(ref.release().id(), FindingFilter.ALL, PageRequest.first(limit));
    return page.items().stream().map(views::of).toList();
  }

  /**
   * One page of {@code ref}'s findings, oldest first, as {@code caller} sees them (as {@code GET
   * …/findings} without filters).
   *
   * @param rules the review rules of the release's policy
   * @param now the server's time, for overdue flags
   * @throws IllegalArgumentException for a page cursor the list did not make
   */
  public static FindingList page(
      Repositories tx,
      Principal caller,
      ReleaseRef ref,
      ReviewRules rules,
      Instant now,
      PageRequest request) {
    FindingViews views =
        new FindingViews(tx, ref, rules, FindingAccess.seesRedacted(tx, caller, ref), now);
    Page<Finding> page =
        Findings.findings(tx).listByRelease(ref.release().id(), FindingFilter.ALL, request);
    return new FindingList(page.items().stream().map(views::of).toList(), page.next().orElse(null));
  }

  /** The kinds of response the organization may give to a finding, with their fields (REV-5). */
  public static List<ResponseKindView> responseKinds() {
    return ResponseForm.kinds();
  }

  /** How many findings {@code ref}'s release has, by severity, state and response. */
  public static FindingCounts counts(Repositories tx, ReleaseRef ref, ReviewRules rules) {
    Map<String, Integer> severities = new LinkedHashMap<>();
    Map<String, String> severityTitles = new LinkedHashMap<>();
    for (FindingSeverity severity : rules.findings().severities()) {
      severities.put(severity.id(), 0);
      severityTitles.put(severity.id(), severity.title());
    }
    Map<String, Integer> states = new LinkedHashMap<>();
    for (FindingState state : FindingState.values()) {
      states.put(state.code(), 0);
    }
    states.put("duplicate", 0);
    Map<String, Integer> responses = new LinkedHashMap<>();
    for (ResponseKind kind : ResponseKind.values()) {
      responses.put(kind.code(), 0);
    }
    responses.put("unanswered", 0);
    responses.put("duplicate", 0);
    int total = 0;
    PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
    while (true) {
      Page<Finding> page =
          Findings.findings(tx).listByRelease(ref.release().id(), FindingFilter.ALL, request);
      for (Finding finding : page.items()) {
        total++;
        severities.merge(finding.content().severity(), 1, Integer::sum);
        states.merge(FindingView.stateOf(finding), 1, Integer::sum);
        responses.merge(responseOf(tx, finding), 1, Integer::sum);
      }
      if (page.next().isEmpty()) {
        break;
      }
      request = request.next(page.next().get());
    }
    return new FindingCounts(
        total,
        counts(severities, severityTitles),
        counts(states, Map.of()),
        counts(responses, Map.of()));
  }

  private static String responseOf(Repositories tx, Finding finding) {
    if (finding.isDuplicate()) {
      return "duplicate";
    }
    if (finding.state() == FindingState.OPEN) {
      // No response yet, or a steward sustained the contest of the last one.
      return "unanswered";
    }
    Optional<FindingResponse> latest = Findings.responses(tx).latest(finding.id());
    return latest.map(response -> response.kind().code()).orElse("unanswered");
  }

  private static List<FindingCounts.Count> counts(
      Map<String, Integer> counts, Map<String, String> labels) {
    List<FindingCounts.Count> list = new ArrayList<>();
    counts.forEach(
        (id, count) ->
            list.add(
                new FindingCounts.Count(id, labels.getOrDefault(id, id.replace('_', ' ')), count)));
    return list;
  }
}
