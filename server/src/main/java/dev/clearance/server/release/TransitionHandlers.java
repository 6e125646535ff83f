package dev.clearance.server.release;

import dev.clearance.release.ReleaseAction;
import dev.clearance.server.http.ApiException;
import dev.clearance.server.http.IfMatch;
import dev.clearance.server.http.Json;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.rollout.RolloutTransitions;
import dev.clearance.server.route.Principal;
import dev.clearance.store.Repositories;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * Release transitions (REV-1, REV-2): {@code POST …/transitions} checks who acts ({@link
 * ActorRule}), decides the action with {@link ReleaseDecider} on the facts in the store and the
 * server's clock, and applies an allowed one (state, transition row, audit event and its effects on
 * the model's recommended release) in one transaction; {@code GET …/transitions} lists the history.
 */
final class TransitionHandlers {

  private final RegistryContext context;
  private final ReleasePolicies policies;

  TransitionHandlers(RegistryContext context) {
    this.context = context;
    this.policies = new ReleasePolicies(context.policy());
  }

  /** {@code POST …/releases/{version}/transitions} {@code {action, reason?}}. */
  void post(Context ctx, Principal caller) {
    TransitionRequest request = Json.read(ctx, TransitionRequest.class);
    ReleaseAction action = action(request.action());
    String reason =
        request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
    OptionalLong expected = IfMatch.version(ctx);
    ReleaseRef result =
        context.db().transaction(tx -> decide(tx, caller, ctx, action, reason, expected));
    IfMatch.etag(ctx, result.release().version());
    ctx.json(StoreReads.read(context.db(), tx -> ReleaseView.of(tx, result)));
  }

  private ReleaseRef decide(
      Repositories tx,
      Principal caller,
      Context ctx,
      ReleaseAction action,
      String reason,
      OptionalLong expected) {
    ReleaseLocks.lockTreeSerializedInputs(tx);
    ReleaseRef ref = ReleaseLookup.releaseToChange(tx, caller, ctx);
    ActorRule.require(caller, ref, action);
    IfMatch.check(expected, "release " + ref.label(), ref.release().version());
    ReleaseLocks.lockDecisionInputs(tx, ref.release());
    ReleaseDecider decider = ReleaseDecider.of(tx, ref, policies, context.clock().instant(), true);
    return switch (decider.decide(action, reason)) {
      case ReleaseDecider.Decision.Refused refused ->
          throw GuardRefusal.of(action, refused.blockers());
      case ReleaseDecider.Decision.Allowed allowed -> {
        ReleaseRef applied =
            new TransitionApplier(context.audit(), context.notifier(), tx)
                .apply(
                    ref, action, allowed.outcome(), caller.requireUserId(), reason, decider.now());
        RolloutTransitions.applied(
            tx,
            action,
            ref.release().state(),
            applied.release(),
            decider.policy(),
            caller.requireUserId());
        yield applied;
      }
    };
  }

  private static ReleaseAction action(String wireName) {
    if (wireName == null) {
      throw ApiException.badRequest(
          "invalid_value",
          "field 'action' is missing",
          Map.of("field", "action"),
          "Give one of: " + allActions() + ".");
    }
    try {
      return ReleaseAction.fromWireName(wireName);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(
          "invalid_value",
          e.getMessage(),
          Map.of("field", "action"),
          "Give one of: " + allActions() + ".");
    }
  }

  private static String allActions() {
    return java.util.Arrays.stream(ReleaseAction.values())
        .map(ReleaseAction::wireName)
        .collect(Collectors.joining(", "));
  }

  /**
   * {@code GET …/releases/{version}/actions}: what the caller could do with the release now ({@link
   * ReleaseActions}); changes nothing.
   */
  void actions(Context ctx, Principal caller) {
    ctx.json(
        StoreReads.read(
            context.db(),
            tx ->
                ReleaseActions.of(
                    tx,
                    ReleaseLookup.release(tx, caller, ctx),
                    caller,
                    policies,
                    context.clock().instant())));
  }

  /** {@code GET …/releases/{version}/transitions}: the history, oldest first. */
  void list(Context ctx, Principal caller) {
    ctx.json(
        StoreReads.read(
            context.db(),
            tx -> {
              ReleaseRef ref = ReleaseLookup.release(tx, caller, ctx);
              List<TransitionView> items =
                  tx.transitions().listByRelease(ref.release().id()).stream()
                      .map(transition -> TransitionView.of(tx, transition))
                      .toList();
              return new TransitionList(items);
            }));
  }
}
