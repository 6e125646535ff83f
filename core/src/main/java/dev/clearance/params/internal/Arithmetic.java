package dev.clearance.params.internal;

/**
 * Exact long arithmetic for parameter counts. Every operation throws {@link ArithmeticException} on
 * overflow (via {@link Math#multiplyExact} and {@link Math#addExact}); estimators turn that into
 * "no estimate" instead of a wrapped-around count.
 */
public final class Arithmetic {

  private Arithmetic() {}

  /** The product of all factors. */
  public static long times(long... factors) {
    long product = 1;
    for (long factor : factors) {
      product = Math.multiplyExact(product, factor);
    }
    return product;
  }

  /** The sum of all terms. */
  public static long plus(long... terms) {
    long sum = 0;
    for (long term : terms) {
      sum = Math.addExact(sum, term);
    }
    return sum;
  }

  /** {@code condition ? value : 0}, for optional biases and heads. */
  public static long when(boolean condition, long value) {
    return condition ? value : 0;
  }
}
