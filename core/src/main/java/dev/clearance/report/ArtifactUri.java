package dev.clearance.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * Turns a file name as Clearance recorded it into a SARIF {@code artifactLocation.uri}: relative
 * paths stay relative (with {@code /} separators, percent-encoded where needed), absolute paths
 * become {@code file:} URIs.
 */
final class ArtifactUri {

  private ArtifactUri() {}

  static String of(String file) {
    String slashed = file.replace('\\', '/');
    if (slashed.startsWith("/")) {
      return Path.of(file).toUri().toString();
    }
    int firstSlash = slashed.indexOf('/');
    String firstSegment = firstSlash < 0 ? slashed : slashed.substring(0, firstSlash);
    // A relative reference whose first segment holds ':' would read as a scheme (RFC 3986 4.2).
    String relative = firstSegment.contains(":") ? "./" + slashed : slashed;
    try {
      return new URI(null, null, relative, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("a relative path cannot be encoded: " + file, e);
    }
  }
}
