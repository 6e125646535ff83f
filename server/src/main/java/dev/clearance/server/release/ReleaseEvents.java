package dev.clearance.server.release;

import dev.clearance.server.audit.AuditEvent;
import dev.clearance.server.audit.AuditLog;
import dev.clearance.store.Repositories;
import dev.clearance.store.release.Release;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Audit events about releases (ACC-1), appended in the caller's transaction. Their subject is the
 * release id; the organization, model and version go into the sealed details, and an event is
 * confidential while the release has never been public, so the public log shows no pre-release
 * names or reasons until the release is revealed.
 */
public final class ReleaseEvents {

  private ReleaseEvents() {}

  /**
   * The details every release event carries: which release it is, by name, and its root digest once
   * known, so that an adopter can match a revealed log entry to the files they verify.
   */
  public static Map<String, Object> names(ReleaseRef ref) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("org", ref.org().slug());
    details.put("model", ref.model().name());
    details.put("version", ref.release().versionLabel());
    if (ref.release().rootDigest() != null) {
      details.put("rootDigest", ref.release().rootDigest());
    }
    return details;
  }

  /**
   * Appends {@code release.<verb>} about {@code after} (the release as stored after the change).
   *
   * @param actor the user id, or {@link AuditEvent#SYSTEM}
   * @param before the state before, or null for a creation
   */
  public static void append(
      AuditLog audit,
      Repositories tx,
      String actor,
      String verb,
      ReleaseRef ref,
      Release after,
      String before,
      String reason,
      Map<String, Object> extra) {
    Map<String, Object> details = names(ref);
    details.putAll(extra);
    audit.append(
        tx,
        new AuditEvent(
            actor,
            "release." + verb,
            after.id(),
            before,
            after.state().wireName(),
            reason,
            details,
            !ReleaseVisibility.everPublic(tx, after)));
  }
}
