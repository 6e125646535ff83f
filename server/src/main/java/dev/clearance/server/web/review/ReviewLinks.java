package dev.clearance.server.web.review;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Paths of the evaluator's pages (docs/web.md "Evaluators"). */
public final class ReviewLinks {

  private ReviewLinks() {}

  /** The pre-release material page of {@code org/model@version}. */
  public static String material(String org, String model, String version) {
    return "/review/" + segment(org) + "/" + segment(model) + "/" + segment(version);
  }

  /** {@code value} as one URL path segment. */
  static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
