package dev.clearance.bench;

import java.util.Locale;
import org.openjdk.jmh.results.Result;

/**
 * The reported figures, from JMH scores in milliseconds per batch of cards.
 *
 * @param cardsPerSecond full-check throughput
 * @param ratio full check time divided by the reference (parse) time
 * @param ratioError the ratio's error, from both scores' 99.9% confidence intervals
 */
record Figures(double cardsPerSecond, double ratio, double ratioError) {

  static Figures of(Result<?> check, Result<?> parse, int cards) {
    double checkMicros = microsPerCard(check.getScore(), cards);
    double parseMicros = microsPerCard(parse.getScore(), cards);
    double ratio = checkMicros / parseMicros;
    double relative =
        Math.hypot(
            check.getScoreError() / check.getScore(), parse.getScoreError() / parse.getScore());
    return new Figures(1e6 / checkMicros, ratio, ratio * relative);
  }

  /**
   * One line per benchmark: time per card and cards per second, with the 99.9% confidence interval
   * when JMH could compute one (it needs at least 3 measured batches).
   */
  static String line(String label, Result<?> result, int cards) {
    double micros = microsPerCard(result.getScore(), cards);
    String figures =
        String.format(
            Locale.ROOT,
            "  %-12s %8.1f µs/card = %,9.0f cards/s",
            label + ":",
            micros,
            1e6 / micros);
    double error = result.getScoreError();
    if (!Double.isFinite(error)) {
      return figures + " (too few batches for an error bar)";
    }
    double errorMicros = microsPerCard(error, cards);
    return figures
        + String.format(
            Locale.ROOT,
            " (± %.1f µs: %,.0f to %s cards/s)",
            errorMicros,
            1e6 / (micros + errorMicros),
            micros > errorMicros
                ? String.format(Locale.ROOT, "%,.0f", 1e6 / (micros - errorMicros))
                : "∞");
  }

  /** The ratio's error for printing, or a note when it is unknown. */
  String ratioErrorText() {
    return Double.isFinite(ratioError)
        ? String.format(Locale.ROOT, "± %.2f", ratioError)
        : "(no error bar)";
  }

  private static double microsPerCard(double millisPerBatch, int cards) {
    return millisPerBatch * 1000 / cards;
  }
}
