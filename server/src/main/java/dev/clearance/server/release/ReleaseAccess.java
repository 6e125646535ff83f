package dev.clearance.server.release;

import dev.clearance.server.http.ApiException;
import dev.clearance.server.route.Principal;
import dev.clearance.store.Repositories;
import dev.clearance.store.identity.Organization;
import dev.clearance.store.release.Model;
import dev.clearance.store.release.Release;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Objects;

/**
 * What other features (issue 6: auditors, evaluators, findings) need of releases, with the rules of
 * this package: a release found from the request path under {@link ReleaseVisibility} (404 for
 * callers without a right), whether a release was ever public (then its events are not
 * confidential), and the names that release audit events carry.
 */
public final class ReleaseAccess {

  private ReleaseAccess() {}

  /** A release with its model and organization. */
  public record Found(Organization org, Model model, Release release) {

    public Found {
      Objects.requireNonNull(org, "org");
      Objects.requireNonNull(model, "model");
      Objects.requireNonNull(release, "release");
    }

    /** {@code org/model@version}, for messages to callers who may see it. */
    public String label() {
      return org.slug() + "/" + model.name() + "@" + release.versionLabel();
    }
  }

  /**
   * The release named by the path parameters {@code {org}}, {@code {model}}, {@code {version}}.
   *
   * @throws ApiException 400 for an invalid name, 404 when absent or invisible to {@code caller}
   */
  public static Found find(Repositories tx, Principal caller, Context ctx) {
    ReleaseRef ref = ReleaseLookup.release(tx, caller, ctx);
    return new Found(ref.org(), ref.model(), ref.release());
  }

  /** The release {@code releaseId} with its model and organization, whoever asks. */
  public static Found byId(Repositories tx, String releaseId) {
    Release release = tx.releases().find(releaseId).orElseThrow();
    Model model = tx.models().find(release.modelId()).orElseThrow();
    Organization org = tx.organizations().find(model.orgId()).orElseThrow();
    return new Found(org, model, release);
  }

  /** Whether {@code caller} may see {@code found} (see {@link ReleaseVisibility#canSee}). */
  public static boolean canSee(Repositories tx, Principal caller, Found found) {
    return ReleaseVisibility.canSee(tx, caller, found.org().slug(), found.release());
  }

  /** Whether the release has ever been public; events about it are confidential until then. */
  public static boolean everPublic(Repositories tx, Release release) {
    return ReleaseVisibility.everPublic(tx, release);
  }

  /** The details every audit event about the release carries (org, model, version, root digest). */
  public static Map<String, Object> names(Found found) {
    return ReleaseEvents.names(new ReleaseRef(found.org(), found.model(), found.release()));
  }
}
