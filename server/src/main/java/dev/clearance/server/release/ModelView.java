package dev.clearance.server.release;

import dev.clearance.store.release.Model;

/**
 * A model as the API shows it.
 *
 * @param recommendedVersion the model's recommended release, if one has been released
 * @param revision optimistic-concurrency version of the model
 */
public record ModelView(
    String org,
    String name,
    String displayName,
    String recommendedVersion,
    String createdAt,
    long revision) {

  static ModelView of(String orgSlug, Model model, String recommendedVersion) {
    return new ModelView(
        orgSlug,
        model.name(),
        model.displayName(),
        recommendedVersion,
        Times.iso(model.createdAt()),
        model.version());
  }
}
