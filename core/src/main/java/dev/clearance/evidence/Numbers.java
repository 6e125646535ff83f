package dev.clearance.evidence;

import java.util.regex.Pattern;

/**
 * Recognizes a reported score in text: a decimal, a percentage or a small whole number, not a year.
 */
final class Numbers {

  private static final Pattern SCORE =
      Pattern.compile(
          "(?<![\\w.])(\\d{1,3}(\\.\\d+)?\\s?%?|0?\\.\\d+)(?![\\w.%]*\\d)(?![a-zA-Z])(?!-?shot)");

  private Numbers() {}

  static boolean hasScore(String text) {
    return SCORE.matcher(text).find();
  }
}
