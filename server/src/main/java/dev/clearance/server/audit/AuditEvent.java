package dev.clearance.server.audit;

import java.util.Map;
import java.util.Objects;

/**
 * One decision to record in the audit log (ACC-1): who did what to which subject, the state before
 * and after, and why.
 *
 * @param actor the user id of who decided, or {@code system} for the server itself
 * @param action what was decided, {@code <resource>.<verb>}, e.g. {@code release.approve}
 * @param subject an opaque id of what it was about (a release id, never a name)
 * @param before the state before, or null for a creation
 * @param after the state after, or null for a deletion
 * @param reason the reason given, or null
 * @param details further facts (names, versions, failed guards...), never secrets
 * @param confidential true while the subject is pre-release material: the public log entry then
 *     carries only a commitment to {@code reason} and {@code details}, which are revealed when the
 *     release becomes public
 */
public record AuditEvent(
    String actor,
    String action,
    String subject,
    String before,
    String after,
    String reason,
    Map<String, Object> details,
    boolean confidential) {

  public AuditEvent {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(subject, "subject");
    details = details == null ? Map.of() : Map.copyOf(details);
  }

  /** The actor name for decisions the server takes itself (e.g. superseding a release). */
  public static final String SYSTEM = "system";
}
