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

  /** The page of an organization. */
  public static String organization(String org) {
    return "/orgs/" + segment(org);
  }

  private static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
