package dev.clearance.server.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The paths of pages that other pages link to, in one place (docs/web.md lists the areas). */
public final class Links {

  private Links() {}

  /** The page of one release (built by the public model pages). */
  public static String release(String org, String model, String version) {
    return "/orgs/" + segment(org) + "/models/" + segment(model) + "/releases/" + segment(version);
  }

  /** The page of a model: its versions, the recommended one marked (public model pages). */
  public static String model(String org, String model) {
    return "/orgs/" + segment(org) + "/models/" + segment(model);
  }

  /** The management page of a release, for its organization and stewards. */
  public static String manage(String org, String model, String version) {
    return release(org, model, version) + "/manage";
  }

  /** An evaluator's page of a release's pre-release material. */
  public static String material(String org, String model, String version) {
    return "/review/" + segment(org) + "/" + segment(model) + "/" + segment(version);
  }

  /** The page of an organization. */
  public static String organization(String org) {
    return "/orgs/" + segment(org);
  }

  /** The form that reports a problem with a release (harm, disputed output). */
  public static String reportIncident(String org, String model, String version) {
    return release(org, model, version) + "/report";
  }

  /** The incidents of an organization's releases, for its responders. */
  public static String incidents(String org) {
    return organization(org) + "/incidents";
  }

  /** One incident, for the organization's responders. */
  public static String incident(String org, String id) {
    return incidents(org) + "/" + segment(id);
  }

  /** {@code value} as one URL path segment. */
  public static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
