package dev.clearance.store.review;

import java.time.Instant;
import java.util.Objects;

/**
 * One view or download of pre-release material by someone whose right to it is a grant (REV-3).
 *
 * @param action {@code view} or {@code download}
 * @param resource what was read: the API path, with the file for downloads
 */
public record AccessEvent(
    String id,
    String grantId,
    String releaseId,
    String userId,
    String action,
    String resource,
    Instant createdAt) {

  public AccessEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(grantId, "grantId");
    Objects.requireNonNull(releaseId, "releaseId");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(resource, "resource");
  }
}
