package dev.clearance.cyclonedx;

import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import dev.clearance.document.JsonReader;
import dev.clearance.document.Node;
import dev.clearance.dossier.CardSection;
import dev.clearance.dossier.ModelCard;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.cyclonedx.model.Bom;

/**
 * Turns a Hugging Face model card into a CycloneDX 1.6 BOM (an ML-BOM) with one component of type
 * {@code machine-learning-model} whose {@code modelCard} holds the card (DOC-8).
 *
 * <p>Front matter keys and sections go to the CycloneDX fields listed in docs/card-formats.md. What
 * CycloneDX has no field for is kept as properties in the {@code huggingface:} namespace, so that
 * {@link CycloneDxCardReader} gives the card back: {@code huggingface:metadata:<key>} holds a front
 * matter value as JSON whenever the mapped fields do not reproduce it, {@code huggingface:section}
 * a section verbatim, and {@code huggingface:layout} the order and headings of the sections when
 * they differ from the standard ones. The serial number is derived from the card's content, so the
 * same card always gives the same BOM.
 */
public final class CycloneDxExporter {

  private static final InputLimits OWN_OUTPUT =
      new InputLimits(Integer.MAX_VALUE, 256, 0, Integer.MAX_VALUE);

  private CycloneDxExporter() {}

  /**
   * The card as a CycloneDX 1.6 BOM. Any card {@link dev.clearance.dossier.ModelCardReader} or
   * {@link CycloneDxCardReader} gives can be exported; nothing is thrown for card content (an
   * {@link IllegalStateException} would mean a bug: the BOM is read back to check it).
   */
  public static Bom toBom(ModelCard card) {
    CardAssembly assembly = new CardAssembly();
    FrontMatterMapping.apply(card, assembly);
    String title = FrontMatterMapping.fullName(card);
    SectionDecoder.decode(card.sections(), assembly, title);
    String serial = serialNumber(card);

    ModelCard back = readBack(card.file(), assembly.bom(serial));
    Node.Mapping original = card.metadata();
    Node.Mapping synthesized = back.metadata();
    for (Map.Entry<String, Node> entry : original.entries().entrySet()) {
      Node again = synthesized.entries().get(entry.getKey());
      if (again == null
          || !Objects.equals(TreeValues.plain(entry.getValue()), TreeValues.plain(again))) {
        assembly.keptKeys.put(entry.getKey(), TreeValues.json(entry.getValue()));
      }
    }

    back = readBack(card.file(), assembly.bom(serial));
    if (!List.copyOf(original.entries().keySet())
            .equals(List.copyOf(back.metadata().entries().keySet()))
        || !outline(card.sections()).equals(outline(back.sections()))) {
      Layout layout = new Layout(List.copyOf(original.entries().keySet()), assembly.layoutEntries);
      assembly.layoutJson = TreeValues.plainJson(layout.plain());
    }
    return assembly.bom(serial);
  }

  /** The card as pretty-printed CycloneDX 1.6 JSON, valid against the 1.6 schema. */
  public static String toJson(ModelCard card) {
    return json(toBom(card));
  }

  static String json(Bom bom) {
    return VerbatimJsonGenerator.json(bom);
  }

  private static ModelCard readBack(String file, Bom bom) {
    String json = json(bom);
    try {
      Node root = new JsonReader(OWN_OUTPUT).read(file, json);
      return CycloneDxCardReader.read(file, (Node.Mapping) root);
    } catch (InputException notOurs) {
      throw new IllegalStateException("the exported BOM does not read back: " + notOurs, notOurs);
    }
  }

  /** Heading, level and text of each section the exporter keeps, for comparing layouts. */
  static List<String> outline(List<CardSection> sections) {
    List<String> outline = new ArrayList<>();
    for (CardSection section : sections) {
      if (SectionDecoder.kept(section)) {
        outline.add(
            section.level()
                + "\u0000"
                + section.heading()
                + "\u0000"
                + ItemText.trimBlankLines(section.text()));
      }
    }
    return outline;
  }

  private static String serialNumber(ModelCard card) {
    StringBuilder content = new StringBuilder(TreeValues.json(card.metadata()));
    for (CardSection section : card.sections()) {
      content.append('\u0000').append(section.level()).append(section.heading());
      content.append('\u0000').append(section.text());
    }
    UUID uuid = UUID.nameUUIDFromBytes(content.toString().getBytes(StandardCharsets.UTF_8));
    return "urn:uuid:" + uuid;
  }
}
