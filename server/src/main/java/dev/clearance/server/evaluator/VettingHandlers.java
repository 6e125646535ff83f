package dev.clearance.server.evaluator;

import dev.clearance.server.http.ApiError;
import dev.clearance.server.http.ApiException;
import dev.clearance.server.http.IfMatch;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.PageParams;
import dev.clearance.server.http.PathNames;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.route.Principal;
import dev.clearance.store.Repositories;
import dev.clearance.store.evaluator.EvaluatorApplication;
import dev.clearance.store.evaluator.EvaluatorStatus;
import dev.clearance.store.identity.User;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Set;

/**
 * The stewards' side of vetting (REV-3): the queue of applications, decisions on an application
 * (approve, reject) and on an evaluator (suspend, reinstate, revoke), and the evaluator profile
 * that every signed-in user may read.
 */
final class VettingHandlers {

  /** Statuses whose evaluator has a profile others may read. */
  private static final Set<EvaluatorStatus> PROFILED =
      Set.of(EvaluatorStatus.VETTED, EvaluatorStatus.SUSPENDED, EvaluatorStatus.REVOKED);

  private final RegistryContext context;

  VettingHandlers(RegistryContext context) {
    this.context = context;
  }

  void queue(Context ctx) {
    ctx.json(VettingQueue.read(context, ctx.queryParam("status"), PageParams.of(ctx)));
  }

  /** Approve or reject the application named in the path. */
  void decideApplication(Context ctx, Principal caller, Decision decision) {
    String id = ctx.pathParam("application");
    String reason = reason(ctx);
    var expected = IfMatch.version(ctx);
    ApplicationView view =
        Decisions.transaction(
            context.db(),
            tx -> {
              EvaluatorApplication application = ApplicationHandlers.visible(tx, caller, id);
              return ApplicationView.of(
                  tx, Decisions.take(context, tx, caller, application, decision, reason, expected));
            });
    IfMatch.etag(ctx, view.version());
    ctx.json(view);
  }

  /** Suspend, reinstate or revoke the evaluator named in the path (their latest application). */
  void decideEvaluator(Context ctx, Principal caller, Decision decision) {
    String handle = PathNames.slug(ctx, "user", "user");
    String reason = reason(ctx);
    var expected = IfMatch.version(ctx);
    ApplicationView view =
        Decisions.transaction(
            context.db(),
            tx -> {
              EvaluatorApplication current = current(tx, handle);
              return ApplicationView.of(
                  tx, Decisions.take(context, tx, caller, current, decision, reason, expected));
            });
    IfMatch.etag(ctx, view.version());
    ctx.json(view);
  }

  void profile(Context ctx) {
    String handle = PathNames.slug(ctx, "user", "user");
    EvaluatorProfile profile =
        context
            .db()
            .withHandle(
                connection -> {
                  Repositories tx = context.db().repositories(connection);
                  EvaluatorApplication current = current(tx, handle);
                  if (!PROFILED.contains(current.status())) {
                    throw noEvaluator(handle);
                  }
                  return new EvaluatorProfile(
                      handle,
                      current.affiliation(),
                      current.expertise(),
                      current.status().code(),
                      current.decidedAt().toString());
                });
    ctx.json(profile);
  }

  private static EvaluatorApplication current(Repositories tx, String handle) {
    User user = tx.users().findByHandle(handle).orElseThrow(() -> noEvaluator(handle));
    return Evaluators.current(tx, user.id()).orElseThrow(() -> noEvaluator(handle));
  }

  private static String reason(Context ctx) {
    return FieldChecks.optional(
        "reason", Json.read(ctx, DecisionRequest.class).reason(), Decisions.MAX_REASON, true);
  }

  private static ApiException noEvaluator(String handle) {
    return new ApiException(
        404,
        new ApiError(
            "not_found",
            "evaluator '" + handle + "' was not found",
            Map.of(),
            "Only users whose evaluator application was approved have a profile; stewards see"
                + " every application at GET "
                + EvaluatorEndpoints.APPLICATIONS
                + "?status=<status>."));
  }
}
