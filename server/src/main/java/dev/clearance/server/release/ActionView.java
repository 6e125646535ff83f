package dev.clearance.server.release;

import java.util.List;

/**
 * One release action as a caller could take it now ({@code GET …/actions}, the organization
 * dashboard): a button that is enabled, or disabled with the reasons.
 *
 * @param action the action's wire name, e.g. {@code approve}
 * @param to the state it leads to
 * @param actors who may take it: {@code releaser}, {@code steward}, {@code system} (the registry)
 * @param allowed true when the caller could take it now: nothing blocks it
 * @param reasonRequired true when the action needs a written reason; it is decided as if the caller
 *     gives one, so a form asks for it
 * @param reasonHint what the reason is for, when one is required
 * @param blockers why the caller cannot take it now, in the order checked: {@code actor} when they
 *     are not among {@code actors}, then every failed guard, with the texts a refused {@code POST
 *     …/transitions} gives
 */
public record ActionView(
    String action,
    String to,
    List<String> actors,
    boolean allowed,
    boolean reasonRequired,
    String reasonHint,
    List<Blocker> blockers) {

  public ActionView {
    actors = List.copyOf(actors);
    blockers = List.copyOf(blockers);
  }
}
