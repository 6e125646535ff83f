package dev.clearance.server.evaluator;

import dev.clearance.server.audit.AuditEvent;
import dev.clearance.server.http.ApiException;
import dev.clearance.server.http.IfMatch;
import dev.clearance.server.notify.NotificationEvent;
import dev.clearance.server.notify.NotificationKind;
import dev.clearance.server.notify.Recipients;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.route.Principal;
import dev.clearance.store.Database;
import dev.clearance.store.MissingReferenceException;
import dev.clearance.store.Repositories;
import dev.clearance.store.StaleVersionException;
import dev.clearance.store.evaluator.EvaluatorApplication;
import dev.clearance.store.evaluator.EvaluatorStatus;
import dev.clearance.store.identity.GlobalRole;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Takes vetting decisions in a transaction: checks the application's status and version, records
 * the decision, makes the global {@code evaluator} role follow the status (held exactly while
 * vetted), and appends {@code evaluator.<verb>} to the audit log (subject: the applicant's user id;
 * details: the application id; never the statement, conflicts or contact data).
 */
final class Decisions {

  /** Longest reason accepted, in characters. */
  static final int MAX_REASON = 2000;

  private Decisions() {}

  /**
   * Runs {@code work} in one transaction serialized against every other transaction that takes the
   * audit log's tree lock first (evaluator decisions among them), so check-then-act holds on
   * PostgreSQL too.
   *
   * @throws ApiException 412 when a version moved on meanwhile, 409 when a referenced row vanished
   */
  static <T> T transaction(Database db, Database.RepositoriesCallback<T, RuntimeException> work) {
    try {
      return db.transaction(
          tx -> {
            tx.audit().lockTree();
            return work.apply(tx);
          });
    } catch (StaleVersionException e) {
      throw ApiException.stale("the evaluator application", e.expectedVersion(), e.actualVersion());
    } catch (MissingReferenceException e) {
      throw ApiException.conflict(
          "changed_meanwhile",
          "something this request refers to was removed meanwhile",
          Map.of(),
          "Read the resources again and retry.");
    }
  }

  /**
   * Checks and records {@code decision} on {@code application} by {@code caller}.
   *
   * @param reason the reason given, or {@code null}
   * @param expected the version named by {@code If-Match}, if any
   * @throws ApiException 412 for a stale {@code If-Match}, 403 for a steward deciding on their own
   *     application, 409 {@code invalid_status} when the status does not allow the decision, 400
   *     when a required reason is missing
   */
  static EvaluatorApplication take(
      RegistryContext context,
      Repositories tx,
      Principal caller,
      EvaluatorApplication application,
      Decision decision,
      String reason,
      OptionalLong expected) {
    IfMatch.check(expected, "the evaluator application", application.version());
    String actor = caller.requireUserId();
    if (decision.bySteward() && application.userId().equals(actor)) {
      throw ApiException.forbidden(
          "a steward cannot " + decision.verb() + " their own evaluator application",
          "Another steward must decide on it.");
    }
    if (!decision.appliesTo(application.status())) {
      throw ApiException.conflict(
          "invalid_status",
          "cannot "
              + decision.verb()
              + ": the evaluator application is "
              + application.status().code()
              + "; only "
              + decision.fromDescription()
              + " ones can be",
          Map.of("application", application.id(), "status", application.status().code()),
          decision.refusalHint());
    }
    if (decision.reasonRequired() && reason == null) {
      throw FieldChecks.invalid(
          "reason",
          "reason is missing; to " + decision.verb() + " an evaluator, say why",
          "Send {\"reason\": \"...\"}; the reason goes into the public audit log and is shown"
              + " to the applicant.");
    }
    EvaluatorApplication decided =
        Evaluators.applications(tx)
            .decide(application.id(), application.version(), decision.to(), actor, reason);
    followRole(tx, decided.userId(), decided.status(), actor);
    audit(
        context,
        tx,
        actor,
        decision.action(),
        application,
        application.status(),
        decided.status(),
        reason);
    return decided;
  }

  /**
   * Appends a vetting event about {@code application}'s applicant.
   *
   * @param before the status before, or {@code null} for a new application
   */
  static void audit(
      RegistryContext context,
      Repositories tx,
      String actor,
      String action,
      EvaluatorApplication application,
      EvaluatorStatus before,
      EvaluatorStatus after,
      String reason) {
    context
        .audit()
        .append(
            tx,
            new AuditEvent(
                actor,
                action,
                application.userId(),
                before == null ? null : before.code(),
                after.code(),
                reason,
                Map.of("application", application.id()),
                false));
    boolean filed = before == null;
    context
        .notifier()
        .notify(
            tx,
            new NotificationEvent(
                NotificationKind.EVALUATOR_STATUS_CHANGED,
                Optional.empty(),
                filed
                    ? "A new evaluator application waits for vetting"
                    : "Your evaluator status: " + after.code(),
                filed
                    ? "Review it in the vetting queue (GET "
                        + EvaluatorEndpoints.APPLICATIONS
                        + ")."
                    : reason == null ? "No reason was given." : "Reason: " + reason,
                EvaluatorEndpoints.APPLICATIONS + "/" + application.id(),
                filed
                    ? Recipients.role(GlobalRole.STEWARD)
                    : Recipients.users(application.userId())));
  }

  /** Grants the evaluator role when {@code status} is vetted, removes it otherwise. */
  private static void followRole(
      Repositories tx, String userId, EvaluatorStatus status, String steward) {
    boolean held = tx.globalRoles().has(userId, GlobalRole.EVALUATOR);
    if (status == EvaluatorStatus.VETTED && !held) {
      tx.globalRoles().grant(userId, GlobalRole.EVALUATOR, steward, null);
    } else if (status != EvaluatorStatus.VETTED && held) {
      tx.globalRoles().revoke(userId, GlobalRole.EVALUATOR);
    }
  }
}
