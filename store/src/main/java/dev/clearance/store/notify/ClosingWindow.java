package dev.clearance.store.notify;

import java.time.Instant;
import java.util.Objects;

/** A release in review whose window ends soon, with the names a notification needs. */
public record ClosingWindow(
    String releaseId,
    String orgId,
    String orgSlug,
    String modelName,
    String versionLabel,
    Instant windowEndsAt) {

  /** Checks that no field is missing. */
  public ClosingWindow {
    Objects.requireNonNull(releaseId, "releaseId");
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(orgSlug, "orgSlug");
    Objects.requireNonNull(modelName, "modelName");
    Objects.requireNonNull(versionLabel, "versionLabel");
    Objects.requireNonNull(windowEndsAt, "windowEndsAt");
  }
}
