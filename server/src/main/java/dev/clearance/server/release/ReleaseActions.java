package dev.clearance.server.release;

import dev.clearance.release.Guard;
import dev.clearance.release.ReleaseAction;
import dev.clearance.server.route.Principal;
import dev.clearance.store.Repositories;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a caller could do with a release now (REV-1): every action its state allows, each allowed or
 * blocked with the reasons a refused {@code POST …/transitions} would give ({@link ReleaseDecider})
 * plus who may act ({@link ActorRule}). For pages that show transitions as buttons explaining why
 * they are disabled. Only reads: no transition, audit entry or notification.
 */
public final class ReleaseActions {

  /** Reason-required actions are decided as if the caller gives one; the form asks for it. */
  private static final String GIVEN_REASON = "(the reason the caller will give)";

  private ReleaseActions() {}

  /**
   * Every action {@code ref}'s release allows from its state, as {@code caller} could take it at
   * the server's time {@code now}, read in {@code tx}. The caller must be allowed to see the
   * release ({@link ReleaseLookup#release}); the reasons why no audit attestation counts are given
   * only to callers with a right to the organization's pre-release material.
   */
  public static ReleaseActionsView of(
      Repositories tx, ReleaseRef ref, Principal caller, ReleasePolicies policies, Instant now) {
    ReleaseDecider decider =
        ReleaseDecider.of(
            tx, ref, policies, now, ReleaseVisibility.hasPreReleaseRight(caller, ref.org().slug()));
    List<ActionView> actions =
        Arrays.stream(ReleaseAction.values())
            .filter(action -> action.from().contains(ref.release().state()))
            .map(action -> preview(decider, caller, action))
            .toList();
    return new ReleaseActionsView(
        ref.org().slug(),
        ref.model().name(),
        ref.release().versionLabel(),
        ref.release().state().wireName(),
        ref.release().tier(),
        Times.iso(now),
        decider.reviewWindow().map(window -> ReviewWindowView.of(window, now)).orElse(null),
        actions);
  }

  /** {@code action} on the decider's release as {@code caller} could take it now. */
  public static ActionView preview(ReleaseDecider decider, Principal caller, ReleaseAction action) {
    List<Blocker> blockers = new ArrayList<>();
    ActorRule.refusal(caller, decider.ref(), action).ifPresent(blockers::add);
    String reason = action.reasonRequired() ? GIVEN_REASON : null;
    if (decider.decide(action, reason) instanceof ReleaseDecider.Decision.Refused refused) {
      blockers.addAll(refused.blockers());
    }
    return new ActionView(
        action.wireName(),
        action.to().wireName(),
        ActorRule.names(action),
        blockers.isEmpty(),
        action.reasonRequired(),
        action.reasonRequired() ? Guard.REASON.hint() : null,
        blockers);
  }
}
