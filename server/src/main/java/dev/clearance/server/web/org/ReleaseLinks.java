package dev.clearance.server.web.org;

import dev.clearance.server.web.Links;

/** Links to the management page of a release. */
public final class ReleaseLinks {

  private ReleaseLinks() {}

  /** The management page of {@code org/model@version}, for its organization and stewards. */
  public static String manage(String org, String model, String version) {
    return Links.release(org, model, version) + "/manage";
  }
}
