package dev.clearance.server.release;

import dev.clearance.release.ReleaseState;
import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import dev.clearance.store.Repositories;
import dev.clearance.store.release.Release;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The release a revert goes back to (LIFE-1): the latest version of the same model created before
 * this one that was released and is still usable (released or superseded; not deprecated, retracted
 * or reverted).
 */
final class EarlierRelease {

  private static final Set<ReleaseState> USABLE =
      EnumSet.of(ReleaseState.RELEASED, ReleaseState.SUPERSEDED);

  private EarlierRelease() {}

  static Optional<Release> find(Repositories tx, Release release) {
    Release latest = null;
    PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
    while (true) {
      Page<Release> page = tx.releases().listByModel(release.modelId(), request);
      for (Release candidate : page.items()) {
        // Ids are UUIDv7: their order is creation order.
        if (candidate.id().compareTo(release.id()) < 0 && USABLE.contains(candidate.state())) {
          latest = candidate;
        }
      }
      if (page.next().isEmpty()) {
        return Optional.ofNullable(latest);
      }
      request = request.next(page.next().get());
    }
  }
}
