package dev.clearance.cyclonedx;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * Whether a text can stand where the CycloneDX schema wants an RFC 3987 IRI-reference ({@code
 * license.url}, {@code contents.url}): no spaces, controls or characters IRIs exclude, and a
 * well-formed reference. Links that fail are kept in {@code huggingface:} properties instead.
 */
final class IriReference {

  private static final Pattern EXCLUDED = Pattern.compile("[\\s\\p{Cntrl}<>\"{}|\\\\^`]");

  private IriReference() {}

  static boolean valid(String text) {
    if (text == null || text.isEmpty() || EXCLUDED.matcher(text).find()) {
      return false;
    }
    try {
      new URI(text);
      return true;
    } catch (URISyntaxException malformed) {
      return false;
    }
  }
}
