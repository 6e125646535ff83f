package dev.clearance.server.evaluator;

import dev.clearance.server.audit.AuditEvent;
import dev.clearance.server.http.ApiException;
import dev.clearance.server.http.Json;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.review.ConflictedGrants;
import dev.clearance.server.route.Principal;
import dev.clearance.store.evaluator.DeclaredConflict;
import dev.clearance.store.evaluator.EvaluatorApplication;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A conflict of interest that arises after applying (REV-3): the applicant or evaluator adds it to
 * their open application ({@code evaluator.conflict}, public like the vetting decisions, without
 * the free-text description). From then on they cannot get access to the organization's releases,
 * and any access they have or asked for ends ({@link ConflictedGrants}). Declarations are only
 * added: a conflict that no longer holds stays on record until the next application.
 */
final class ConflictDeclarations {

  private final RegistryContext context;

  ConflictDeclarations(RegistryContext context) {
    this.context = context;
  }

  /**
   * {@code POST /api/v1/me/evaluator-conflicts} {@code {kind, organization?, description?, date?}}.
   */
  void declare(Context ctx, Principal caller) {
    ApplicationForm.Conflict conflict =
        ApplicationForm.conflict("", Json.read(ctx, ConflictRequest.class));
    String userId = caller.requireUserId();
    ConflictDeclared declared =
        Decisions.transaction(
            context.db(),
            tx -> {
              EvaluatorApplication application =
                  Evaluators.current(tx, userId)
                      .filter(current -> current.status().isOpen())
                      .orElseThrow(ConflictDeclarations::noOpenApplication);
              if (application.conflicts().size() >= ApplicationForm.MAX_CONFLICTS) {
                throw ApiException.conflict(
                    "too_many_conflicts",
                    "your application declares " + application.conflicts().size() + " conflicts",
                    Map.of("limit", ApplicationForm.MAX_CONFLICTS),
                    "Apply again with related conflicts grouped into one item with a"
                        + " description.");
              }
              DeclaredConflict added = ApplicationForm.declared(tx, "", conflict);
              Evaluators.applications(tx).addConflict(application.id(), added);
              Map<String, Object> details = new LinkedHashMap<>();
              details.put("application", application.id());
              details.put("kind", added.kind().code());
              if (conflict.organization() != null) {
                details.put("organization", conflict.organization());
              }
              context
                  .audit()
                  .append(
                      tx,
                      new AuditEvent(
                          userId,
                          "evaluator.conflict",
                          userId,
                          application.status().code(),
                          application.status().code(),
                          null,
                          details,
                          false));
              int ended =
                  added.orgId() == null
                      ? 0
                      : ConflictedGrants.end(
                              context,
                              tx,
                              userId,
                              tx.organizations().find(added.orgId()).orElseThrow())
                          .size();
              EvaluatorApplication updated =
                  Evaluators.applications(tx).find(application.id()).orElseThrow();
              return new ConflictDeclared(ApplicationView.of(tx, updated), ended);
            });
    ctx.status(201).json(declared);
  }

  private static ApiException noOpenApplication() {
    return ApiException.conflict(
        "no_open_application",
        "you have no open evaluator application to add a conflict to",
        Map.of(),
        "Declare your conflicts when you apply: POST " + EvaluatorEndpoints.APPLICATIONS + ".");
  }
}
