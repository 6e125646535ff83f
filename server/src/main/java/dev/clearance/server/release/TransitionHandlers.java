package dev.clearance.server.release;

import dev.clearance.policy.Policy;
import dev.clearance.release.Actor;
import dev.clearance.release.Guard;
import dev.clearance.release.ReleaseAction;
import dev.clearance.release.ReleaseFacts;
import dev.clearance.release.ReleaseWorkflow;
import dev.clearance.release.TransitionOutcome;
import dev.clearance.server.auditor.AuditEngagements;
import dev.clearance.server.finding.FindingFacts;
import dev.clearance.server.http.ApiException;
import dev.clearance.server.http.IfMatch;
import dev.clearance.server.http.Json;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.rollout.RolloutTransitions;
import dev.clearance.server.route.Principal;
import dev.clearance.store.Repositories;
import dev.clearance.store.identity.OrgRole;
import dev.clearance.store.release.Release;
import dev.clearance.store.release.ReleaseFile;
import dev.clearance.store.release.StoredCheckReport;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Release transitions (REV-1, REV-2): {@code POST …/transitions} decides an action with {@link
 * ReleaseWorkflow} on the facts in the store and the server's clock, and applies an allowed one
 * (state, transition row, audit event and its effects on the model's recommended release) in one
 * transaction; {@code GET …/transitions} lists the history.
 */
final class TransitionHandlers {

  /** Actions whose guards need a current check report (the tier and the checks' outcome). */
  private static final Set<ReleaseAction> NEED_REPORT =
      EnumSet.of(
          ReleaseAction.SUBMIT,
          ReleaseAction.START_REVIEW,
          ReleaseAction.CLOSE_REVIEW,
          ReleaseAction.APPROVE,
          ReleaseAction.STAGE,
          ReleaseAction.RELEASE);

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
    ReleaseRef ref = ReleaseLookup.release(tx, caller, ctx);
    requireActor(caller, ref, action);
    IfMatch.check(expected, "release " + ref.label(), ref.release().version());
    Release release = ref.release();
    Optional<StoredCheckReport> report = tx.checkReports().latest(release.id());
    List<ReleaseFile> files = tx.releaseFiles().listByRelease(release.id());
    Optional<String> reportProblem = ReleaseFactsGatherer.reportProblem(release, report, files);
    if (reportProblem.isPresent()
        && NEED_REPORT.contains(action)
        && action.from().contains(release.state())) {
      throw GuardRefusal.ofItems(
          action,
          List.of(
              new GuardRefusal.Item(
                  Guard.CHECKS_PASS.code(),
                  reportProblem.get(),
                  "Run the checker on the uploaded files (POST …/releases/"
                      + release.versionLabel()
                      + "/check), fix what fails, then repeat the action.")));
    }
    Policy policy = policies.of(report);
    ReleaseFacts facts = ReleaseFactsGatherer.gather(tx, release, report, files, policy);
    Instant now = context.clock().instant();
    return switch (new ReleaseWorkflow(policy).decide(action, facts, reason, now)) {
      case TransitionOutcome.Refused refused ->
          throw GuardRefusal.of(
              action,
              AuditEngagements.explained(tx, release, refused.failures()),
              FindingFacts.guardDetails(tx, release));
      case TransitionOutcome.Allowed allowed -> {
        List<String> rolloutBlockers = RolloutTransitions.blockers(action, policy, facts, now);
        if (!rolloutBlockers.isEmpty()) {
          throw GuardRefusal.ofItems(
              action,
              rolloutBlockers.stream()
                  .map(
                      blocker ->
                          new GuardRefusal.Item(
                              Guard.STAGED_ROLLOUT.code(), blocker, Guard.STAGED_ROLLOUT.hint()))
                  .toList());
        }
        ReleaseRef applied =
            new TransitionApplier(context.audit(), context.notifier(), tx)
                .apply(ref, action, allowed, caller.requireUserId(), reason, now);
        RolloutTransitions.applied(
            tx, action, release.state(), applied.release(), policy, caller.requireUserId());
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
   * @throws ApiException 403 when the caller holds none of the roles that may take {@code action}
   */
  private static void requireActor(Principal caller, ReleaseRef ref, ReleaseAction action) {
    Set<Actor> held = EnumSet.noneOf(Actor.class);
    if (caller.isMember(ref.org().slug(), OrgRole.RELEASER)) {
      held.add(Actor.RELEASER);
    }
    if (caller.isSteward()) {
      held.add(Actor.STEWARD);
    }
    if (held.stream().noneMatch(action.actors()::contains)) {
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
      throw ApiException.forbidden(
          action.wireName() + " may be taken only by " + who,
          "Ask " + who.toLowerCase(Locale.ROOT) + " to do it.");
    }
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
