package dev.clearance.server.rollout;

import dev.clearance.policy.Policy;
import dev.clearance.policy.RolloutStage;
import dev.clearance.release.ReleaseState;
import dev.clearance.release.RolloutPosition;
import dev.clearance.server.http.ApiException;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.TextFields;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.release.ReleaseLookup;
import dev.clearance.server.release.ReleasePolicies;
import dev.clearance.server.release.ReleaseRef;
import dev.clearance.server.release.StoreReads;
import dev.clearance.server.route.Principal;
import dev.clearance.store.Repositories;
import io.javalin.http.Context;
import java.util.Map;

/**
 * The staged rollout of a release (REV-6): read where it stands, advance to the next stage when the
 * current one has run its minimum duration and the next one's entry criteria hold, roll back to the
 * previous stage with a reason. {@code stage} and {@code release} (general availability) are
 * release actions ({@link RolloutTransitions}).
 */
final class RolloutHandlers {

  private final RegistryContext context;
  private final ReleasePolicies policies;

  RolloutHandlers(RegistryContext context, ReleasePolicies policies) {
    this.context = context;
    this.policies = policies;
  }

  /** {@code GET …/rollout}. */
  void get(Context ctx, Principal caller) {
    ctx.json(
        StoreReads.read(
            context.db(),
            tx -> {
              ReleaseRef ref = ReleaseLookup.release(tx, caller, ctx);
              Policy policy = policies.of(tx, ref.release());
              return RolloutViews.of(tx, ref, RolloutSituation.of(tx, ref, policy));
            }));
  }

  /** {@code POST …/rollout/advance}: enters the next stage before general availability. */
  void advance(Context ctx, Principal caller) {
    RollbackBody body = Json.read(ctx, RollbackBody.class);
    String reason = TextFields.optional("reason", body.reason(), TextFields.PARAGRAPH);
    ctx.json(move(ctx, caller, "advance", reason, RolloutHandlers::next));
  }

  /** {@code POST …/rollout/rollback} {@code {reason}}: returns to the previous stage. */
  void rollback(Context ctx, Principal caller) {
    RollbackBody body = Json.read(ctx, RollbackBody.class);
    String reason = TextFields.required("reason", body.reason(), TextFields.PARAGRAPH);
    ctx.json(move(ctx, caller, "rollback", reason, RolloutHandlers::previous));
  }

  /** The stage a move goes to from where the rollout stands, or why it cannot move. */
  private interface Target {
    RolloutStage of(RolloutSituation situation, RolloutPosition position);
  }

  private static RolloutStage next(RolloutSituation situation, RolloutPosition position) {
    RolloutStage next =
        situation
            .nextStage()
            .filter(stage -> !stage.equals(situation.rollout().generalAvailability()))
            .orElseThrow(
                () ->
                    ApiException.conflict(
                        "rollout_last_stage",
                        "stage " + position.stage() + " is the last before general availability",
                        Map.of("stage", position.stage()),
                        "Take the release action to make the model generally available."));
    if (!situation.blockers().isEmpty()) {
      throw ApiException.conflict(
          "rollout_blocked",
          "cannot enter stage " + next.id() + " yet",
          Map.of("stage", next.id(), "blockers", situation.blockers()),
          "Wait for the current stage's minimum duration and meet the next stage's entry"
              + " criteria; GET …/rollout shows both.");
    }
    return next;
  }

  private static RolloutStage previous(RolloutSituation situation, RolloutPosition position) {
    return situation
        .rollout()
        .previous(position.stage())
        .orElseThrow(
            () ->
                ApiException.conflict(
                    "rollout_first_stage",
                    "stage " + position.stage() + " is the first stage",
                    Map.of("stage", position.stage()),
                    "To withdraw the model from its first stage, retract the release (action"
                        + " retract, with a reason)."));
  }

  /** Moves the staged release named by the request to {@code target}, in one transaction. */
  private RolloutView move(
      Context ctx, Principal caller, String how, String reason, Target target) {
    return context
        .db()
        .transaction(
            tx -> {
              ReleaseRef ref = staged(tx, caller, ctx);
              RolloutSituation situation =
                  RolloutSituation.of(tx, ref, policies.of(tx, ref.release()));
              RolloutPosition position = situation.position().orElseThrow();
              RolloutStage to = target.of(situation, position);
              return move(tx, ref, caller, how, position.stage(), to.id(), reason);
            });
  }

  private RolloutView move(
      Repositories tx,
      ReleaseRef ref,
      Principal caller,
      String how,
      String from,
      String to,
      String reason) {
    // Writing the release (a new revision) serializes moves of one release.
    ReleaseRef touched = ref.with(tx.releases().update(ref.release()));
    RolloutPositions.stages(tx).enter(ref.release().id(), to, how, caller.requireUserId(), reason);
    RolloutEvents.append(context, tx, caller.requireUserId(), how, touched, from, to, reason);
    return RolloutViews.of(
        tx, touched, RolloutSituation.of(tx, touched, policies.of(tx, touched.release())));
  }

  private static ReleaseRef staged(Repositories tx, Principal caller, Context ctx) {
    ReleaseRef ref = ReleaseLookup.releaseToChange(tx, caller, ctx);
    ReleaseState state = ref.release().state();
    if (state != ReleaseState.STAGED) {
      throw ApiException.conflict(
          "not_staged",
          ref.label() + " is " + state.wireName() + "; stages move only during a staged rollout",
          Map.of("state", state.wireName()),
          state == ReleaseState.APPROVED
              ? "Start the rollout with the stage action."
              : "Only staged releases have stages to move between.");
    }
    return ref;
  }
}
