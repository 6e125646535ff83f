package dev.clearance.bench;

import java.util.Locale;
import org.openjdk.jmh.results.Result;

/**
 * The reported figures, from JMH scores in milliseconds per batch of cards.
 *
 * @param cardsPerSecond full-check throughput
 * @param ratio full check time divided by parse-only time
 * @param ratioError the ratio's error, from both scores' 99.9% confidence intervals
 */
record Figures(double cardsPerSecond, double ratio, double ratioError) {

  static Figures of(Result<?> check, Result<?> parse, int cards) {
    double checkMicros = microsPerCard(check.getScore(), cards);
    double parseMicros = microsPerCard(parse.getScore(), cards);
    double ratio = checkMicros / parseMicros;
    double relative =
        Math.hypot(
            finite(check.getScoreError()) / check.getScore(),
            finite(parse.getScoreError()) / parse.getScore());
    return new Figures(1e6 / checkMicros, ratio, ratio * relative);
  }

  /** One line per benchmark: time per card with its error, and cards per second. */
  static String line(String label, Result<?> result, int cards) {
    double micros = microsPerCard(result.getScore(), cards);
    double error = microsPerCard(finite(result.getScoreError()), cards);
    return String.format(
        Locale.ROOT,
        "  %-11s %8.1f ± %.1f µs/card  = %,9.0f cards/s (%,.0f to %,.0f)",
        label + ":",
        micros,
        error,
        1e6 / micros,
        1e6 / (micros + error),
        micros > error ? 1e6 / (micros - error) : Double.POSITIVE_INFINITY);
  }

  private static double microsPerCard(double millisPerBatch, int cards) {
    return millisPerBatch * 1000 / cards;
  }

  private static double finite(double value) {
    return Double.isFinite(value) ? value : 0;
  }
}
