package dev.clearance.params;

import dev.clearance.dossier.ModelCard;
import dev.clearance.dossier.ParameterCount;
import dev.clearance.params.internal.CardText;
import dev.clearance.params.internal.NameSizes;
import dev.clearance.params.internal.ProseSizes;
import dev.clearance.params.internal.SizeMention;
import dev.clearance.params.internal.TableSizes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Finds the model sizes a card declares (basis {@link ParameterCount.Basis#CARD_DECLARED}): figures
 * in prose ("176,247,271,424 parameters", "8B and 70B", "671B total parameters with 37B
 * activated"), labelled fields ("Parameters: 141B"), size tables (a "Params" column, or the bold
 * cell of a "# Parameters" row), and size tokens in the card's own name (title, front-matter names,
 * size-only tags; "1B-A400M" gives 400M active, "8x22B" is expert notation). {@code base_model}
 * names another model and is not read. Token counts, vocabularies, GPU hours, dates and sequence
 * lengths are not sizes: a number counts only when the card ties it to parameters, sizes, versions
 * or the model's name.
 *
 * <p>A family card yields one entry per member; a size found several times is reported once, and a
 * rounded size ("7B" in the title) gives way to a precise one of the same model ("6.9B parameter").
 * The caller tiers a family by its largest member (POL-2). Every entry's source is the line (or
 * front-matter pointer) that states it, and its detail quotes the statement.
 */
public final class DeclaredParameterFinder {

  /**
   * Sizes considered per card, the first by line. Real cards state a few dozen; the bound keeps
   * merging (quadratic in the mentions) small on hostile input.
   */
  static final int MAX_MENTIONS = 500;

  /** The sizes the card declares, largest first. */
  public List<ParameterCount> find(ModelCard card) {
    return declarations(card).stream().map(DeclaredSize::count).toList();
  }

  /** The sizes with how each was declared, largest first. */
  public List<DeclaredSize> declarations(ModelCard card) {
    CardText text = new CardText(card);
    List<NameSizes.Name> names = NameSizes.names(card, text);
    List<SizeMention> mentions = new ArrayList<>(NameSizes.find(card, names));
    mentions.addAll(ProseSizes.find(text));
    mentions.addAll(TableSizes.find(text, NameSizes.ownName(names)));
    mentions.sort(Comparator.comparingInt(mention -> mention.source().line()));
    if (mentions.size() > MAX_MENTIONS) {
      mentions = new ArrayList<>(mentions.subList(0, MAX_MENTIONS));
    }
    Map<String, Set<Long>> sizesOfStatement = new HashMap<>();
    for (SizeMention mention : mentions) {
      sizesOfStatement
          .computeIfAbsent(mention.group(), group -> new HashSet<>())
          .add(mention.total());
    }
    return merge(mentions).stream()
        .sorted(Comparator.comparingLong(SizeMention::total).reversed())
        .map(mention -> declared(mention, sizesOfStatement.get(mention.group()).size() > 1))
        .toList();
  }

  private static List<SizeMention> merge(List<SizeMention> mentions) {
    List<SizeMention> kept = new ArrayList<>();
    for (SizeMention mention : mentions) {
      boolean activeOfAnother =
          mention.active().isEmpty()
              && mentions.stream()
                  .anyMatch(
                      other ->
                          other.active().isPresent()
                              && other.active().getAsLong() == mention.total()
                              && other.total() != mention.total());
      boolean boundedByFigure =
          mention.kind() == SizeMention.Kind.EXPERT_NOTATION
              && mentions.stream()
                  .anyMatch(
                      other ->
                          other.kind() != SizeMention.Kind.EXPERT_NOTATION
                              && other.total() >= mention.lowest()
                              && other.total() <= mention.total());
      if (!activeOfAnother && !boundedByFigure) {
        kept.add(mention);
      }
    }
    List<SizeMention> merged = new ArrayList<>();
    for (SizeMention mention : kept) {
      SizeMention precise = mention;
      for (SizeMention other : kept) {
        if (precise.roundsTo(other)) {
          precise = other;
        }
      }
      SizeMention chosen = withActive(precise, mention.active());
      int same = indexOfTotal(merged, chosen.total());
      if (same < 0) {
        merged.add(chosen);
      } else {
        merged.set(same, withActive(merged.get(same), chosen.active()));
      }
    }
    return merged;
  }

  private static int indexOfTotal(List<SizeMention> mentions, long total) {
    for (int index = 0; index < mentions.size(); index++) {
      if (mentions.get(index).total() == total) {
        return index;
      }
    }
    return -1;
  }

  /** The mention, taking {@code active} when it has none of its own. */
  private static SizeMention withActive(SizeMention mention, OptionalLong active) {
    if (mention.active().isPresent() || active.isEmpty() || active.getAsLong() > mention.total()) {
      return mention;
    }
    return new SizeMention(
        mention.total(),
        mention.lowest(),
        active,
        mention.kind(),
        mention.significantDigits(),
        mention.source(),
        mention.detail(),
        mention.group());
  }

  private static DeclaredSize declared(SizeMention mention, boolean familyMember) {
    ParameterCount count =
        new ParameterCount(
            mention.total(),
            mention.active(),
            ParameterCount.Basis.CARD_DECLARED,
            mention.source(),
            mention.detail());
    DeclaredSize.Form form =
        switch (mention.kind()) {
          case FIGURE -> DeclaredSize.Form.FIGURE;
          case NAME -> DeclaredSize.Form.NAME;
          case EXPERT_NOTATION -> DeclaredSize.Form.EXPERT_NOTATION;
        };
    return new DeclaredSize(count, form, mention.lowest(), familyMember);
  }
}
