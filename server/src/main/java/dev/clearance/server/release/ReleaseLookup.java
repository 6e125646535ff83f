package dev.clearance.server.release;

import dev.clearance.server.http.ApiException;
import dev.clearance.server.review.AccessGrants;
import dev.clearance.server.route.Principal;
import dev.clearance.store.Names;
import dev.clearance.store.Repositories;
import dev.clearance.store.identity.Organization;
import dev.clearance.store.release.Model;
import dev.clearance.store.release.OrganizationModel;
import dev.clearance.store.release.Release;
import io.javalin.http.Context;

/**
 * Finds the organization, model and release named by a request's path parameters ({@code {org}},
 * {@code {model}}, {@code {version}}), applying {@link ReleaseVisibility}: what the caller may not
 * see is a 404 that reads exactly like one for something absent. Reads by evaluators whose right is
 * an access grant are logged ({@link AccessGrants#recordAccess}, REV-3).
 */
public final class ReleaseLookup {

  private ReleaseLookup() {}

  /**
   * @throws ApiException 400 for a path parameter that is not a valid name, 404 when absent
   */
  public static Organization organization(Repositories tx, Context ctx) {
    String slug = slug("organization", ctx.pathParam("org"));
    return tx.organizations()
        .findBySlug(slug)
        .orElseThrow(() -> ApiException.notFound("organization '" + slug + "'"));
  }

  /**
   * The organization and model of the path, as {@link #organization} then {@link #model} (same
   * errors, in the same order) with one query when both names are valid.
   *
   * @throws ApiException 400 for an invalid name, 404 when absent or invisible to {@code caller}
   */
  public static ModelPath organizationAndModel(Repositories tx, Principal caller, Context ctx) {
    String slug = slug("organization", ctx.pathParam("org"));
    String name;
    try {
      name = slug("model", ctx.pathParam("model"));
    } catch (ApiException invalidModel) {
      // An absent organization is reported before an invalid model name.
      organization(tx, ctx);
      throw invalidModel;
    }
    OrganizationModel found =
        tx.models()
            .findWithOrganization(slug, name)
            .orElseThrow(() -> ApiException.notFound("organization '" + slug + "'"));
    Organization org = found.organization();
    Model model =
        found
            .model()
            .filter(candidate -> ReleaseVisibility.canSee(tx, caller, org.slug(), candidate))
            .orElseThrow(() -> ApiException.notFound(modelWhat(org, name)));
    return new ModelPath(org, model);
  }

  /** An organization and one of its models, found from a request path. */
  public record ModelPath(Organization org, Model model) {}

  /**
   * @throws ApiException 400 for an invalid name, 404 when absent or invisible to {@code caller}
   */
  public static Model model(Repositories tx, Principal caller, Organization org, Context ctx) {
    String name = slug("model", ctx.pathParam("model"));
    return tx.models()
        .findByName(org.id(), name)
        .filter(model -> ReleaseVisibility.canSee(tx, caller, org.slug(), model))
        .orElseThrow(() -> ApiException.notFound(modelWhat(org, name)));
  }

  /**
   * @throws ApiException 400 for an invalid name, 404 when absent or invisible to {@code caller}
   */
  public static ReleaseRef release(Repositories tx, Principal caller, Context ctx) {
    ReleaseRef ref =
        visibleRelease(
            tx, caller, ctx.pathParam("org"), ctx.pathParam("model"), ctx.pathParam("version"));
    if (!ReleaseVisibility.hasPreReleaseRight(caller, ref.org().slug())
        && !ReleaseVisibility.everPublic(tx, ref.release())) {
      AccessGrants.recordAccess(tx, caller, ref.release(), ctx);
    }
    return ref;
  }

  /**
   * The release of the request's path for a transaction that decides about it or changes a fact a
   * decision reads: as {@link #release(Repositories, Principal, Context)}, then locked with its
   * model ({@link ReleaseLocks}) and read again as last committed.
   *
   * @throws ApiException 400 for an invalid name, 404 when absent or invisible to {@code caller}
   */
  public static ReleaseRef releaseToChange(Repositories tx, Principal caller, Context ctx) {
    ReleaseRef ref = ReleaseLocks.lock(tx, release(tx, caller, ctx));
    if (!ReleaseVisibility.canSee(tx, caller, ref.org().slug(), ref.release())) {
      throw ApiException.notFound("release '" + ref.label() + "'");
    }
    return ref;
  }

  /**
   * The release {@code org/model@version} for a read that is not an API request (a web page): as
   * {@link #release(Repositories, Principal, Context)}, and a view under an access grant is logged
   * with {@code resource} (e.g. {@code model page acme/tiny@1.0}).
   *
   * @throws ApiException 400 for an invalid name, 404 when absent or invisible to {@code caller}
   */
  public static ReleaseRef release(
      Repositories tx,
      Principal caller,
      String org,
      String model,
      String version,
      String resource) {
    ReleaseRef ref = visibleRelease(tx, caller, org, model, version);
    if (!ReleaseVisibility.hasPreReleaseRight(caller, ref.org().slug())
        && !ReleaseVisibility.everPublic(tx, ref.release())) {
      AccessGrants.recordView(tx, caller, ref.release(), resource);
    }
    return ref;
  }

  private static ReleaseRef visibleRelease(
      Repositories tx, Principal caller, String orgSlug, String modelName, String version) {
    String slug = slug("organization", orgSlug);
    Organization org =
        tx.organizations()
            .findBySlug(slug)
            .orElseThrow(() -> ApiException.notFound("organization '" + slug + "'"));
    String name = slug("model", modelName);
    ApiException absent =
        ApiException.notFound(
            "release '" + org.slug() + "/" + name + "@" + printable(version) + "'");
    Model model = tx.models().findByName(org.id(), name).orElseThrow(() -> absent);
    Release release = tx.releases().findByVersion(model.id(), version).orElseThrow(() -> absent);
    if (!ReleaseVisibility.canSee(tx, caller, org.slug(), release)) {
      throw absent;
    }
    return new ReleaseRef(org, model, release);
  }

  public static String modelWhat(Organization org, String name) {
    return "model '" + org.slug() + "/" + name + "'";
  }

  /**
   * @throws ApiException 400 naming the rule when {@code value} is not a slug
   */
  public static String slug(String what, String value) {
    try {
      return Names.checkSlug(what + " name", value);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(
          "invalid_name",
          e.getMessage(),
          "Names are lower-case slugs: letters, digits, '-', '_', '.', at most 64 characters.");
    }
  }

  private static String printable(String text) {
    String cut = text.length() > 64 ? text.substring(0, 64) + "…" : text;
    return cut.replaceAll("\\p{Cntrl}", "?");
  }
}
