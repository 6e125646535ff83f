package dev.clearance.server.release;

import dev.clearance.release.Actor;
import dev.clearance.release.ReleaseAction;
import dev.clearance.server.http.ApiException;
import dev.clearance.server.route.Principal;
import dev.clearance.store.identity.OrgRole;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may take a release action ({@link ReleaseAction#actors()}): releasers (members of the
 * release's organization) and stewards; actions of the registry itself nobody may request. One
 * source for the refusal's texts: the 403 of {@code POST …/transitions} and the {@value
 * Blocker#ACTOR} blocker of {@code GET …/actions}.
 */
final class ActorRule {

  private ActorRule() {}

  /**
   * Why {@code caller} may not take {@code action} on {@code ref}'s release; empty when they may.
   */
  static Optional<Blocker> refusal(Principal caller, ReleaseRef ref, ReleaseAction action) {
    Set<Actor> held = EnumSet.noneOf(Actor.class);
    if (caller.isMember(ref.org().slug(), OrgRole.RELEASER)) {
      held.add(Actor.RELEASER);
    }
    if (caller.isSteward()) {
      held.add(Actor.STEWARD);
    }
    if (held.stream().anyMatch(action.actors()::contains)) {
      return Optional.empty();
    }
    String who =
        action.actors().stream()
            .map(
                actor ->
                    switch (actor) {
                      case RELEASER -> "a releaser of '" + ref.org().slug() + "'";
                      case STEWARD -> "a steward";
                      case SYSTEM -> "the registry itself";
                    })
            .collect(Collectors.joining(" or "));
    String hint =
        action.actors().equals(EnumSet.of(Actor.SYSTEM))
            ? "Nobody can request it: the registry takes this action itself."
            : "Ask " + who.toLowerCase(Locale.ROOT) + " to do it.";
    return Optional.of(
        new Blocker(Blocker.ACTOR, action.wireName() + " may be taken only by " + who, hint));
  }

  /**
   * @throws ApiException 403 when {@code caller} holds none of the roles that may take {@code
   *     action}
   */
  static void require(Principal caller, ReleaseRef ref, ReleaseAction action) {
    Optional<Blocker> refusal = refusal(caller, ref, action);
    if (refusal.isPresent()) {
      throw ApiException.forbidden(refusal.get().message(), refusal.get().hint());
    }
  }

  /**
   * The actors' names as the API writes them: {@code releaser}, {@code steward}, {@code system}.
   */
  static List<String> names(ReleaseAction action) {
    return action.actors().stream().map(actor -> actor.name().toLowerCase(Locale.ROOT)).toList();
  }
}
