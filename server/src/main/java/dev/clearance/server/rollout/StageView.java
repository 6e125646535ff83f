package dev.clearance.server.rollout;

import java.util.List;

/**
 * One stage of a release's rollout as the API shows it.
 *
 * @param status {@code done}, {@code current} or {@code upcoming}
 * @param enteredAt when the release last entered it, absent if never
 * @param leftAt when it last left it, absent if never or current
 */
public record StageView(
    String id,
    String title,
    String audience,
    int minDays,
    List<String> entryCriteria,
    String status,
    String enteredAt,
    String leftAt) {

  public StageView {
    entryCriteria = List.copyOf(entryCriteria);
  }
}
