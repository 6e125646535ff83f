package dev.clearance.params;

import dev.clearance.dossier.ParameterCount;
import java.util.Objects;

/**
 * A model size a card declares, with how it was declared.
 *
 * @param count the size (basis {@link ParameterCount.Basis#CARD_DECLARED}); for expert notation the
 *     total is the most the notation can mean
 * @param form how the card states it
 * @param lowest the least the statement can mean: the total itself, or for expert notation
 *     ("8x22B") one expert's size
 * @param familyMember whether the statement lists several sizes (a list such as "7B, 13B and 70B",
 *     a size table, a bulleted list of variants), so this is one member of a family rather than a
 *     claim about the card's one model
 */
public record DeclaredSize(ParameterCount count, Form form, long lowest, boolean familyMember) {

  /** How a card states a size. */
  public enum Form {
    /** A figure in prose, a labelled field or a table ("24 billion parameters"). */
    FIGURE,
    /** A size token in the model's own name, title or tags ("Foundation-Sec-8B"). */
    NAME,
    /**
     * Experts × expert size ("8x22B"). The experts share attention and embeddings, so the total
     * lies between one expert's size and the product (Mixtral-8x22B has 141B, not 176B).
     */
    EXPERT_NOTATION
  }

  public DeclaredSize {
    Objects.requireNonNull(count, "count");
    Objects.requireNonNull(form, "form");
    if (count.basis() != ParameterCount.Basis.CARD_DECLARED) {
      throw new IllegalArgumentException("a declared size has basis CARD_DECLARED");
    }
    if (lowest < 0 || lowest > count.total()) {
      throw new IllegalArgumentException("lowest must lie in [0, total]");
    }
    if (form != Form.EXPERT_NOTATION && lowest != count.total()) {
      throw new IllegalArgumentException("only expert notation declares a range");
    }
  }

  /** The most the declaration can mean. */
  public long highest() {
    return count.total();
  }

  /**
   * How far {@code measured} lies outside the declared range, as a fraction of {@code measured}: 0
   * when it is inside, 0.25 when the declaration is 25 % above or below it.
   */
  public double relativeDifference(long measured) {
    if (measured <= 0) {
      return highest() == 0 ? 0 : Double.POSITIVE_INFINITY;
    }
    double outside;
    if (measured < lowest) {
      outside = (double) lowest - measured;
    } else if (measured > highest()) {
      outside = (double) measured - highest();
    } else {
      outside = 0;
    }
    return outside / measured;
  }
}
