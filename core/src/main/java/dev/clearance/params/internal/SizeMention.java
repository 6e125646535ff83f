package dev.clearance.params.internal;

import dev.clearance.document.Source;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A model size a card states, before it becomes a {@link dev.clearance.dossier.ParameterCount}.
 *
 * @param total the total count (for expert notation "8x22B": 8 × 22B, the most it can mean)
 * @param lowest the least the statement can mean (equal to {@code total} except for expert
 *     notation, where it is one expert's size)
 * @param active parameters per token when the card gives them
 * @param kind how the size was stated
 * @param significantDigits the precision of {@code total} as written
 * @param source where the card states it (file and line; a JSON pointer for front matter)
 * @param detail what the card says, for the user
 * @param group the statement it belongs to: sizes of one table or one list are distinct members and
 *     never merged as roundings of each other
 */
public record SizeMention(
    long total,
    long lowest,
    OptionalLong active,
    Kind kind,
    int significantDigits,
    Source source,
    String detail,
    String group) {

  /** How a size was stated. */
  public enum Kind {
    /** A figure in prose, a labelled field or a table. */
    FIGURE,
    /** A size token in the model's name, title or tags ("Foundation-Sec-8B"). */
    NAME,
    /** Experts × expert size ("8x22B"), an upper bound on the total. */
    EXPERT_NOTATION
  }

  public SizeMention {
    Objects.requireNonNull(active, "active");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(group, "group");
    if (lowest > total || lowest < 0) {
      throw new IllegalArgumentException("lowest must be in [0, total]");
    }
  }

  public static SizeMention figure(
      SizeText size, OptionalLong active, Source source, String detail, String group) {
    return new SizeMention(
        size.value(),
        size.value(),
        active,
        Kind.FIGURE,
        size.significantDigits(),
        source,
        detail,
        group);
  }

  /**
   * Whether this mention's total, as written, is a rounding of {@code other}'s more precise one.
   */
  public boolean roundsTo(SizeMention other) {
    if (other.significantDigits() <= significantDigits()
        || kind == Kind.EXPERT_NOTATION
        || group.equals(other.group())) {
      return false;
    }
    return new SizeText(total, "", significantDigits).isRoundingOf(other.total());
  }
}
