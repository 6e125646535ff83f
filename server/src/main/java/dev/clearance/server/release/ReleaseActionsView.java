package dev.clearance.server.release;

import java.util.List;

/**
 * What a caller could do with a release now ({@code GET …/actions}).
 *
 * @param tier the tier of the latest check report, absent before the first check
 * @param serverTime the server's time the actions were decided at (REV-2: its clock decides)
 * @param reviewWindow the review window once a steward started it, else absent
 * @param actions every action the release's state allows, in the order of {@code ReleaseAction}
 */
public record ReleaseActionsView(
    String org,
    String model,
    String version,
    String state,
    Integer tier,
    String serverTime,
    ReviewWindowView reviewWindow,
    List<ActionView> actions) {

  public ReleaseActionsView {
    actions = List.copyOf(actions);
  }
}
