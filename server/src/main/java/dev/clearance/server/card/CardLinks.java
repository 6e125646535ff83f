package dev.clearance.server.card;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where links in a card may point, and the ids of its headings. Links go to web pages ({@code
 * http}, {@code https}), mail addresses ({@code mailto}) or headings of the card itself; every
 * other destination (relative paths, which would resolve against the registry's pages, and other
 * schemes such as {@code javascript:}, {@code data:} or {@code vbscript:} in any spelling) loses
 * its link and keeps its text. Heading ids start with {@value #ID_PREFIX} so they cannot clobber
 * ids of the page around the card.
 */
final class CardLinks {

  /** The prefix of every id in a rendered card. */
  static final String ID_PREFIX = "card-";

  /** Longest slug part of an id. */
  private static final int MAX_SLUG = 60;

  private static final Pattern WEB = Pattern.compile("(?i)https?://[^\\s\\p{Cntrl}]+");
  private static final Pattern MAIL = Pattern.compile("(?i)mailto:[^\\s\\p{Cntrl}]+");
  private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

  private CardLinks() {}

  /**
   * Where a link to {@code destination} may point: a web or mail address unchanged, a fragment
   * {@code #name} as the card heading id {@code #card-name}; empty for anything else.
   */
  static Optional<String> target(String destination) {
    if (destination == null) {
      return Optional.empty();
    }
    if (isWeb(destination) || MAIL.matcher(destination).matches()) {
      return Optional.of(destination);
    }
    if (destination.startsWith("#") && destination.length() > 1) {
      return Optional.of("#" + ID_PREFIX + slug(destination.substring(1)));
    }
    return Optional.empty();
  }

  /** True for an absolute {@code http} or {@code https} address without spaces or controls. */
  static boolean isWeb(String destination) {
    return destination != null && WEB.matcher(destination).matches();
  }

  /**
   * The id part made of {@code text}: lower-case ASCII letters and digits, runs of anything else as
   * one {@code -}, at most {@value #MAX_SLUG} characters; {@code section} when nothing is left.
   */
  static String slug(String text) {
    String slug = NOT_SLUG.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-");
    slug = trimDashes(slug);
    if (slug.length() > MAX_SLUG) {
      slug = trimDashes(slug.substring(0, MAX_SLUG));
    }
    return slug.isEmpty() ? "section" : slug;
  }

  private static String trimDashes(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && text.charAt(start) == '-') {
      start++;
    }
    while (end > start && text.charAt(end - 1) == '-') {
      end--;
    }
    return text.substring(start, end);
  }
}
