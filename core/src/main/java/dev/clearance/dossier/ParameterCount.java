package dev.clearance.dossier;

import dev.clearance.document.Source;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A model's total parameter count (all experts of a mixture-of-experts model), how it was found,
 * and for MoE models the parameters active per token.
 *
 * @param total total parameters
 * @param active parameters active per token, when the model is a mixture of experts
 * @param basis how the number was obtained, from most to least trustworthy
 * @param source where it was read
 * @param detail a short human explanation ("llama estimate: 32 layers × …")
 */
public record ParameterCount(
    long total, OptionalLong active, Basis basis, Source source, String detail) {

  /** How a count was obtained. Lower ordinal means more trustworthy. */
  public enum Basis {
    /** Summed from checkpoint tensor headers (safetensors, GGUF). */
    EXACT_HEADERS,
    /** {@code metadata.total_parameters} of a sharded-checkpoint index. */
    INDEX_TOTAL_PARAMETERS,
    /** Computed from config.json for a known architecture. */
    CONFIG_ESTIMATE,
    /** {@code metadata.total_size} bytes divided by the stored dtype's width. */
    INDEX_SIZE_ESTIMATE,
    /** Stated in the model card. */
    CARD_DECLARED;

    public boolean exact() {
      return this == EXACT_HEADERS || this == INDEX_TOTAL_PARAMETERS;
    }
  }

  public ParameterCount {
    if (total < 0) {
      throw new IllegalArgumentException("parameter count must be >= 0, was " + total);
    }
    Objects.requireNonNull(active, "active");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(detail, "detail");
  }

  /** Billions, for messages: {@code 70.55B}. */
  public String humanTotal() {
    return human(total);
  }

  public static String human(long count) {
    if (count >= 1_000_000_000L) {
      return fixed(count / 1e9, 2) + "B";
    }
    if (count >= 1_000_000L) {
      return fixed(count / 1e6, 1) + "M";
    }
    return Long.toString(count);
  }

  /**
   * {@code value} with {@code decimals} digits after the point, as {@code %.Nf} prints it (the
   * shortest decimal form of the double, rounded half up), without a formatter per call.
   */
  private static String fixed(double value, int decimals) {
    return new BigDecimal(Double.toString(value))
        .setScale(decimals, RoundingMode.HALF_UP)
        .toPlainString();
  }

  /** {@code count} with a comma between groups of three digits: {@code 70,553,706,496}. */
  public static String grouped(long count) {
    String digits = Long.toString(count);
    int sign = count < 0 ? 1 : 0;
    int length = digits.length() - sign;
    if (length <= 3) {
      return digits;
    }
    StringBuilder text = new StringBuilder(digits.length() + (length - 1) / 3);
    text.append(digits, 0, sign);
    int head = length % 3 == 0 ? 3 : length % 3;
    text.append(digits, sign, sign + head);
    for (int at = sign + head; at < digits.length(); at += 3) {
      text.append(',').append(digits, at, at + 3);
    }
    return text.toString();
  }
}
