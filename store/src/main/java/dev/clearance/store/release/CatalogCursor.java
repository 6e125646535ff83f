package dev.clearance.store.release;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A position in the catalog's order (most recently changed first, then newest id first): {@code
 * <updatedAt epoch millis>.<release id>}.
 */
record CatalogCursor(long updatedAt, String releaseId) {

  private static final Pattern FORM = Pattern.compile("([0-9]{1,19})\\.([0-9a-zA-Z-]{1,64})");

  static String of(Release release) {
    return release.updatedAt().toEpochMilli() + "." + release.id();
  }

  /**
   * @throws IllegalArgumentException when {@code text} is not a cursor this class wrote
   */
  static CatalogCursor parse(String text) {
    Matcher matcher = FORM.matcher(text);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "catalog cursor '" + text + "' is not the 'next' of a catalog page");
    }
    try {
      return new CatalogCursor(Long.parseLong(matcher.group(1)), matcher.group(2));
    } catch (NumberFormatException tooLarge) {
      throw new IllegalArgumentException(
          "catalog cursor '" + text + "' is not the 'next' of a catalog page");
    }
  }
}
