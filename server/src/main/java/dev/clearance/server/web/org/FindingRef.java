package dev.clearance.server.web.org;

import dev.clearance.server.release.Blocker;
import java.util.List;
import java.util.Map;

/**
 * A finding a blocker names ({@code findings_answered}, {@code no_contested_responses} list them in
 * their details), for a link to where the organization answers it.
 */
public record FindingRef(String id, String title) {

  /** The findings {@code blocker}'s details list, in their order; none for other blockers. */
  public static List<FindingRef> of(Blocker blocker) {
    if (blocker.details() == null || !(blocker.details().get("findings") instanceof List<?> list)) {
      return List.of();
    }
    return list.stream()
        .filter(Map.class::isInstance)
        .map(Map.class::cast)
        .map(
            item ->
                new FindingRef(String.valueOf(item.get("id")), String.valueOf(item.get("title"))))
        .toList();
  }
}
