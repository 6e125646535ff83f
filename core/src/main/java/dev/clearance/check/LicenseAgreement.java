package dev.clearance.check;

import dev.clearance.document.Node;
import dev.clearance.evidence.CardView;
import dev.clearance.evidence.SectionText;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares the license named in the front matter ({@code license: apache-2.0}) with the licenses
 * the card's license sections name in prose, by license family (Apache, MIT, GPL, ...). A card
 * whose key says one family while its license text names only another contradicts itself.
 */
final class LicenseAgreement {

  /** A key and a text that name different license families. */
  record Contradiction(
      String keyFamily, Node.Scalar key, String textFamily, SectionText section, String line) {}

  private static final Map<String, Pattern> FAMILIES = new LinkedHashMap<>();

  static {
    FAMILIES.put("Apache", Pattern.compile("(?i)\\bapache\\b"));
    FAMILIES.put("MIT", Pattern.compile("\\bMIT\\b|(?i)\\bmit license\\b"));
    FAMILIES.put("BSD", Pattern.compile("(?i)\\bbsd\\b"));
    FAMILIES.put("GPL", Pattern.compile("(?i)\\b(a|l)?gpl\\b|gnu (general|lesser|affero)"));
    FAMILIES.put("Creative Commons", Pattern.compile("(?i)\\bcc[- ]by|creative commons"));
    FAMILIES.put(
        "OpenRAIL",
        Pattern.compile(
            "(?i)\\b(open)?rail(-m|-s|\\+\\+)?\\b|bigscience-bloom-rail|creativeml-openrail"));
    FAMILIES.put(
        "Llama", Pattern.compile("(?i)\\bllama ?\\d(\\.\\d)?\\b.{0,20}licen[cs]e|\\bllama\\d"));
    FAMILIES.put("Gemma", Pattern.compile("(?i)\\bgemma\\b.{0,20}(terms|licen[cs]e)|gemma-terms"));
  }

  private static final Pattern LICENSE_HEADING = Pattern.compile("(?i)licen[cs]e");

  private LicenseAgreement() {}

  static Optional<Contradiction> find(CardView card) {
    Optional<Node> keyNode = card.metadata("license");
    if (keyNode.isEmpty() || !(keyNode.get() instanceof Node.Scalar key) || key.isNull()) {
      return Optional.empty();
    }
    Optional<String> keyFamily = family(key.text());
    if (keyFamily.isEmpty()) {
      return Optional.empty();
    }
    for (SectionText section : card.sections()) {
      if (section.placeholder() || !LICENSE_HEADING.matcher(section.section().heading()).find()) {
        continue;
      }
      String text = CardView.withoutLinks(section.text());
      if (FAMILIES.get(keyFamily.get()).matcher(text).find()) {
        return Optional.empty();
      }
      for (var entry : FAMILIES.entrySet()) {
        Matcher matcher = entry.getValue().matcher(text);
        if (matcher.find()) {
          return Optional.of(
              new Contradiction(
                  keyFamily.get(),
                  key,
                  entry.getKey(),
                  section,
                  section.lineAround(matcher.start())));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> family(String key) {
    String text = key.toLowerCase(Locale.ROOT);
    for (var entry : FAMILIES.entrySet()) {
      if (entry.getValue().matcher(text).find()) {
        return Optional.of(entry.getKey());
      }
    }
    return Optional.empty();
  }
}
