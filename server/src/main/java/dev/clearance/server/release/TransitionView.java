package dev.clearance.server.release;

import dev.clearance.store.Repositories;
import dev.clearance.store.identity.User;
import dev.clearance.store.release.Transition;

/**
 * One state change of a release.
 *
 * @param actor the handle of who caused it, or {@code system} for the server itself
 */
public record TransitionView(String from, String to, String actor, String reason, String at) {

  /** The view of {@code transition}, with its actor's handle read in {@code tx}. */
  public static TransitionView of(Repositories tx, Transition transition) {
    String actor =
        transition.actorId() == null
            ? "system"
            : tx.users().find(transition.actorId()).map(User::handle).orElse("unknown");
    return new TransitionView(
        transition.from().wireName(),
        transition.to().wireName(),
        actor,
        transition.reason(),
        Times.iso(transition.at()));
  }
}
