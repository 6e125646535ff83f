package dev.clearance.server.evaluator;

import dev.clearance.server.http.ApiError;
import dev.clearance.server.http.ApiException;
import dev.clearance.server.http.IfMatch;
import dev.clearance.server.http.Json;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.route.Principal;
import dev.clearance.store.Ids;
import dev.clearance.store.Repositories;
import dev.clearance.store.evaluator.DeclaredConflict;
import dev.clearance.store.evaluator.EvaluatorApplication;
import dev.clearance.store.evaluator.EvaluatorStatus;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The applicant's side of vetting (REV-3): apply ({@code evaluator.apply}), list one's own
 * applications, read one (the applicant and stewards; anyone else gets 404), withdraw a pending one
 * ({@code evaluator.withdraw}).
 */
final class ApplicationHandlers {

  private final RegistryContext context;

  ApplicationHandlers(RegistryContext context) {
    this.context = context;
  }

  void apply(Context ctx, Principal caller) {
    ApplicationForm form = ApplicationForm.check(Json.read(ctx, ApplicationRequest.class));
    String userId = caller.requireUserId();
    ApplicationView view =
        Decisions.transaction(
            context.db(),
            tx -> {
              List<DeclaredConflict> conflicts = form.declaredConflicts(tx);
              Optional<EvaluatorApplication> current = Evaluators.current(tx, userId);
              if (current.isPresent() && current.get().status().isOpen()) {
                throw stillOpen(current.get());
              }
              EvaluatorApplication submitted =
                  Evaluators.applications(tx)
                      .submit(
                          userId,
                          form.affiliation(),
                          form.expertise(),
                          form.statement(),
                          conflicts);
              Decisions.audit(
                  context,
                  tx,
                  userId,
                  "evaluator.apply",
                  submitted,
                  null,
                  EvaluatorStatus.PENDING,
                  null);
              return ApplicationView.of(tx, submitted);
            });
    ctx.header("Location", EvaluatorEndpoints.APPLICATIONS + "/" + view.id());
    IfMatch.etag(ctx, view.version());
    ctx.status(201).json(view);
  }

  void listOwn(Context ctx, Principal caller) {
    String userId = caller.requireUserId();
    ApplicationList own = read(tx -> ApplicationList.own(tx, userId));
    ctx.json(own);
  }

  void get(Context ctx, Principal caller) {
    String id = ctx.pathParam("application");
    ApplicationView view = read(tx -> ApplicationView.of(tx, visible(tx, caller, id)));
    IfMatch.etag(ctx, view.version());
    ctx.json(view);
  }

  void withdraw(Context ctx, Principal caller) {
    String id = ctx.pathParam("application");
    var expected = IfMatch.version(ctx);
    ApplicationView view =
        Decisions.transaction(
            context.db(),
            tx -> {
              EvaluatorApplication application = visible(tx, caller, id);
              if (!application.userId().equals(caller.requireUserId())) {
                throw ApiException.forbidden(
                    "only the applicant may withdraw an evaluator application",
                    "Reject it instead (POST "
                        + EvaluatorEndpoints.APPLICATIONS
                        + "/"
                        + id
                        + "/reject with a reason).");
              }
              return ApplicationView.of(
                  tx,
                  Decisions.take(
                      context, tx, caller, application, Decision.WITHDRAW, null, expected));
            });
    IfMatch.etag(ctx, view.version());
    ctx.json(view);
  }

  /**
   * The application {@code id} if {@code caller} is its applicant or a steward.
   *
   * @throws ApiException 404 otherwise, as for an application that does not exist
   */
  static EvaluatorApplication visible(Repositories tx, Principal caller, String id) {
    Optional<EvaluatorApplication> found =
        Ids.isValid(id) ? Evaluators.applications(tx).find(id) : Optional.empty();
    return found
        .filter(
            application ->
                caller.isSteward() || caller.userId().orElse("").equals(application.userId()))
        .orElseThrow(() -> notFound(id));
  }

  private static ApiException notFound(String id) {
    String printable = id.length() > 64 ? id.substring(0, 64) + "..." : id;
    return new ApiException(
        404,
        new ApiError(
            "not_found",
            "evaluator application '" + printable.replaceAll("\\p{Cntrl}", "?") + "' was not found",
            Map.of(),
            "Your own applications are listed at GET /api/v1/me/evaluator-applications."));
  }

  private static ApiException stillOpen(EvaluatorApplication current) {
    String message;
    String hint;
    switch (current.status()) {
      case PENDING -> {
        message = "you already have a pending evaluator application";
        hint =
            "Wait for a steward's decision, or withdraw it (POST "
                + EvaluatorEndpoints.APPLICATIONS
                + "/"
                + current.id()
                + "/withdraw) and apply again.";
      }
      case SUSPENDED -> {
        message = "your evaluator status is suspended";
        hint = "A steward may reinstate you; you cannot apply while suspended.";
      }
      default -> {
        message = "you are already a vetted evaluator";
        hint = "Nothing to do: your application was approved.";
      }
    }
    return ApiException.conflict(
        "application_open",
        message,
        Map.of("application", current.id(), "status", current.status().code()),
        hint);
  }

  private <T> T read(Function<Repositories, T> work) {
    return context.db().withHandle(handle -> work.apply(context.db().repositories(handle)));
  }
}
