package dev.clearance.server.review;

import dev.clearance.server.release.ReleaseRef;
import dev.clearance.store.Repositories;
import dev.clearance.store.identity.Organization;
import dev.clearance.store.release.Model;
import dev.clearance.store.release.Release;

/** The organization, model and version of a release, by name, for views. */
record ReleaseNames(String org, String model, String version) {

  static ReleaseNames of(ReleaseRef ref) {
    return new ReleaseNames(ref.org().slug(), ref.model().name(), ref.release().versionLabel());
  }

  /** The names of the release {@code releaseId}, read from {@code tx}. */
  static ReleaseNames of(Repositories tx, String releaseId) {
    Release release = tx.releases().find(releaseId).orElseThrow();
    Model model = tx.models().find(release.modelId()).orElseThrow();
    Organization org = tx.organizations().find(model.orgId()).orElseThrow();
    return new ReleaseNames(org.slug(), model.name(), release.versionLabel());
  }

  /** The API path of the release. */
  String path() {
    return "/api/v1/orgs/" + org + "/models/" + model + "/releases/" + version;
  }
}
