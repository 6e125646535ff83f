package dev.clearance.params.internal;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * A parameter count computed from a config, before it is given a source.
 *
 * @param total all parameters (every expert of a mixture of experts)
 * @param active parameters used per token, for mixtures of experts
 * @param formula what was counted, in words
 */
public record Estimate(long total, OptionalLong active, String formula) {

  public Estimate {
    if (total < 0) {
      throw new IllegalArgumentException("total must be >= 0");
    }
    Objects.requireNonNull(active, "active");
    Objects.requireNonNull(formula, "formula");
  }

  public static Estimate dense(long total, String formula) {
    return new Estimate(total, OptionalLong.empty(), formula);
  }

  /** This estimate with {@code extra} parameters added to the total (and to active, if known). */
  public Estimate plus(long extra, String what) {
    OptionalLong newActive =
        active.isPresent()
            ? OptionalLong.of(Arithmetic.plus(active.getAsLong(), extra))
            : OptionalLong.empty();
    return new Estimate(Arithmetic.plus(total, extra), newActive, formula + "; " + what);
  }
}
