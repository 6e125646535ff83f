package dev.clearance.server.web.org;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Query parameter values in the links of the organization pages. */
final class Urls {

  private Urls() {}

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
