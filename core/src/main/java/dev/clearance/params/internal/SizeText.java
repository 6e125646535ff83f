package dev.clearance.params.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Parameter sizes as cards write them: a number ({@code 16.4}, {@code 176,247,271,424}) and a scale
 * ({@code B}, {@code M}, {@code billion}, {@code 8-billion}). Keeps the written precision so that
 * "7B" can be recognized as a rounding of "6.9B".
 *
 * @param value the count
 * @param text the size as written
 * @param significantDigits digits that carry information ("90B" has 1, "1.23B" has 3)
 */
public record SizeText(long value, String text, int significantDigits) {

  public SizeText {
    java.util.Objects.requireNonNull(text, "text");
    if (value < 0 || significantDigits < 1) {
      throw new IllegalArgumentException("a size is >= 0 with at least one significant digit");
    }
  }

  /** A number: comma-grouped thousands or plain digits with an optional fraction. */
  public static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+(?:\\.\\d+)?)";

  /** A scale after a number, with an optional space or hyphen ("8-billion", "39 M"). */
  public static final String SCALE =
      "(?:[\\s-]?(thousand|million|billion|trillion|bn)\\b|\\s?([KMBT])(?![A-Za-z0-9]))";

  /**
   * Smallest count taken as a model size (a million); smaller "parameters" are layer sizes or
   * settings.
   */
  private static final long SMALLEST = 1_000_000;

  /** Largest count taken as a model size (a quadrillion). */
  private static final long LARGEST = 1_000_000_000_000_000L;

  /**
   * Reads a size from a number and a scale word or letter (either may be empty: a bare number is
   * taken as written).
   */
  public static Optional<SizeText> of(String number, String scale, String text) {
    if (number == null) {
      return Optional.empty();
    }
    String digits = number.replace(",", "");
    long multiplier = multiplier(scale == null ? "" : scale);
    if (multiplier == 0) {
      return Optional.empty();
    }
    try {
      BigDecimal amount = new BigDecimal(digits).multiply(BigDecimal.valueOf(multiplier));
      long value = amount.setScale(0, RoundingMode.HALF_UP).longValueExact();
      if (value < SMALLEST || value > LARGEST) {
        return Optional.empty();
      }
      return Optional.of(new SizeText(value, text.strip(), significantDigits(digits)));
    } catch (NumberFormatException | ArithmeticException unusable) {
      return Optional.empty();
    }
  }

  /** Reads a size from a matcher whose groups are {@code NUMBER} and {@code SCALE}'s two. */
  public static Optional<SizeText> of(Matcher matcher, int numberGroup) {
    String scale = matcher.group(numberGroup + 1);
    if (scale == null) {
      scale = matcher.group(numberGroup + 2);
    }
    return of(matcher.group(numberGroup), scale, matcher.group());
  }

  private static long multiplier(String scale) {
    return switch (scale.toLowerCase(Locale.ROOT)) {
      case "" -> 1;
      case "k", "thousand" -> 1_000L;
      case "m", "million" -> 1_000_000L;
      case "b", "billion", "bn" -> 1_000_000_000L;
      case "t", "trillion" -> 1_000_000_000_000L;
      default -> 0;
    };
  }

  private static int significantDigits(String digits) {
    String plain = digits.contains(".") ? digits.replace(".", "") : digits.replaceAll("0+$", "");
    plain = plain.replaceAll("^0+", "");
    return Math.max(1, plain.length());
  }

  /**
   * Whether this size, as written, is a rounding of {@code precise}: they differ by at most half a
   * unit of this size's last significant digit ("7B" of 6.9B, "90B" of 88.8B, "1B" of 1.3B).
   */
  public boolean isRoundingOf(long precise) {
    if (value == precise) {
      return true;
    }
    if (value == 0) {
      return false;
    }
    int magnitude = (int) Math.floor(Math.log10(value)); // position of the leading digit
    double halfUnit = 0.5 * Math.pow(10, magnitude - significantDigits + 1);
    return Math.abs((double) value - precise) <= halfUnit;
  }
}
