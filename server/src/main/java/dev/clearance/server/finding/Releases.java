package dev.clearance.server.finding;

import dev.clearance.server.release.ReleaseRef;
import dev.clearance.store.Repositories;
import dev.clearance.store.identity.Organization;
import dev.clearance.store.release.Model;
import dev.clearance.store.release.Release;

/** The release of a finding with its model and organization, read by id. */
final class Releases {

  private Releases() {}

  static ReleaseRef of(Repositories tx, String releaseId) {
    Release release = tx.releases().find(releaseId).orElseThrow();
    Model model = tx.models().find(release.modelId()).orElseThrow();
    Organization org = tx.organizations().find(model.orgId()).orElseThrow();
    return new ReleaseRef(org, model, release);
  }
}
