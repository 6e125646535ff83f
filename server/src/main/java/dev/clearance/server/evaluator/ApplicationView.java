package dev.clearance.server.evaluator;

import dev.clearance.store.Repositories;
import dev.clearance.store.evaluator.DeclaredConflict;
import dev.clearance.store.evaluator.EvaluatorApplication;
import dev.clearance.store.identity.Organization;
import dev.clearance.store.identity.User;
import java.time.Instant;
import java.util.List;

/**
 * A whole evaluator application, as only the applicant and stewards see it.
 *
 * @param user the applicant's handle
 * @param status {@code pending}, {@code vetted}, {@code rejected}, {@code suspended}, {@code
 *     revoked} or {@code withdrawn}
 * @param submittedAt ISO-8601 instant
 * @param decidedBy handle of who took the latest decision, absent while pending
 * @param decidedAt ISO-8601 instant of the latest decision, absent while pending
 * @param reason the reason given with the latest decision, if any
 * @param version optimistic-concurrency version, also sent as {@code ETag}
 */
public record ApplicationView(
    String id,
    String user,
    String status,
    String affiliation,
    List<String> expertise,
    String statement,
    List<ConflictView> conflicts,
    String submittedAt,
    String decidedBy,
    String decidedAt,
    String reason,
    long version) {

  public ApplicationView {
    expertise = List.copyOf(expertise);
    conflicts = List.copyOf(conflicts);
  }

  /** The view of {@code application}, with handles and organization slugs read in {@code tx}. */
  static ApplicationView of(Repositories tx, EvaluatorApplication application) {
    return new ApplicationView(
        application.id(),
        handle(tx, application.userId()),
        application.status().code(),
        application.affiliation(),
        application.expertise(),
        application.statement(),
        application.conflicts().stream().map(conflict -> conflict(tx, conflict)).toList(),
        application.submittedAt().toString(),
        application.decidedBy() == null ? null : handle(tx, application.decidedBy()),
        iso(application.decidedAt()),
        application.decisionReason(),
        application.version());
  }

  private static ConflictView conflict(Repositories tx, DeclaredConflict conflict) {
    return new ConflictView(
        conflict.kind().code(),
        conflict.orgId() == null
            ? null
            : tx.organizations().find(conflict.orgId()).map(Organization::slug).orElseThrow(),
        conflict.description(),
        conflict.engagedOn() == null ? null : conflict.engagedOn().toString());
  }

  private static String handle(Repositories tx, String userId) {
    return tx.users().find(userId).map(User::handle).orElseThrow();
  }

  private static String iso(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
