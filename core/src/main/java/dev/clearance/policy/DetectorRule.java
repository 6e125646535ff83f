package dev.clearance.policy;

import dev.clearance.check.Coverage;
import java.util.List;
import java.util.regex.Pattern;

/** How a requirement is looked for in a dossier; the parameters are policy data. */
public sealed interface DetectorRule {

  /** Which text detector: plain text, license (also needs a named license), contact channel. */
  enum TextKind {
    TEXT,
    LICENSE,
    CONTACT
  }

  /**
   * Looks in front-matter {@code keys} (present) and {@code partialKeys} (partial when nothing
   * better is found) and in card sections whose heading matches {@code sections} (the whole card
   * when empty), and classifies what it finds by the first pattern list that matches: declared
   * absent, declared unknown, present, partial. {@code sectionOnly} is the coverage when a matching
   * section exists but no pattern matched in it. {@code anywhere} are patterns that show the topic
   * as present wherever they stand in the card (outside excluded sections), for cards that describe
   * it without a section of its own. {@code extra} is the license-name patterns (LICENSE) or the
   * channel patterns (CONTACT).
   */
  record Text(
      TextKind kind,
      List<String> keys,
      List<String> partialKeys,
      List<Pattern> sections,
      List<Pattern> excludeSections,
      List<TextPattern> present,
      List<TextPattern> partial,
      List<TextPattern> anywhere,
      List<TextPattern> partialAnywhere,
      List<TextPattern> declaredUnknown,
      List<TextPattern> declaredAbsent,
      List<TextPattern> extra,
      Coverage sectionOnly)
      implements DetectorRule {
    public Text {
      keys = List.copyOf(keys);
      partialKeys = List.copyOf(partialKeys);
      sections = List.copyOf(sections);
      excludeSections = List.copyOf(excludeSections);
      present = List.copyOf(present);
      partial = List.copyOf(partial);
      anywhere = List.copyOf(anywhere);
      partialAnywhere = List.copyOf(partialAnywhere);
      declaredUnknown = List.copyOf(declaredUnknown);
      declaredAbsent = List.copyOf(declaredAbsent);
      extra = List.copyOf(extra);
    }
  }

  /**
   * Needs results (numbers) on at least {@code minimum} established benchmarks covering every
   * category.
   */
  record SafetyBenchmarks(int minimum, List<String> categories) implements DetectorRule {
    public SafetyBenchmarks {
      categories = List.copyOf(categories);
    }
  }
}
