package dev.clearance.server.release;

import dev.clearance.store.Repositories;
import dev.clearance.store.identity.Organization;
import dev.clearance.store.release.Model;
import dev.clearance.store.release.Release;
import java.util.Objects;

/** A release found from a request path, with its model and organization. */
public record ReleaseRef(Organization org, Model model, Release release) {

  public ReleaseRef {
    Objects.requireNonNull(org, "org");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(release, "release");
  }

  /** The release {@code releaseId} with its model and organization, which must exist. */
  public static ReleaseRef read(Repositories tx, String releaseId) {
    Release release = tx.releases().find(releaseId).orElseThrow();
    Model model = tx.models().find(release.modelId()).orElseThrow();
    Organization org = tx.organizations().find(model.orgId()).orElseThrow();
    return new ReleaseRef(org, model, release);
  }

  /** The same release read again (e.g. after an update). */
  public ReleaseRef with(Release changed) {
    return new ReleaseRef(org, model, changed);
  }

  /** {@code org/model@version}, for messages to callers who may see it. */
  public String label() {
    return org.slug() + "/" + model.name() + "@" + release.versionLabel();
  }
}
