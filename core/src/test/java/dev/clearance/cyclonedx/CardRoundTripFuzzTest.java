package dev.clearance.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.clearance.card.HuggingFaceCardWriter;
import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import dev.clearance.document.TextDecoding;
import dev.clearance.dossier.CardSection;
import dev.clearance.dossier.ModelCard;
import dev.clearance.dossier.ModelCardReader;
import java.util.regex.Pattern;

/**
 * Any card that reads converts to a schema-valid CycloneDX 1.6 BOM, and back to a card with the
 * same front matter values; when its headings are at the top level (not inside a list item or block
 * quote, which a flat list of sections cannot express), also with the same sections (headings,
 * levels, texts). Seeds: CardRoundTripFuzzTestInputs/.
 */
class CardRoundTripFuzzTest {

  private static final InputLimits LIMITS = new InputLimits(1 << 16, 16, 8, 5_000);
  private static final Pattern CONTAINED = Pattern.compile("^(\\s|>|[-*+](\\s|$)|\\d+[.)])");

  @FuzzTest
  void huggingFaceToCycloneDxAndBack_keepsTheCard(byte[] bytes) throws InputException {
    ModelCard original;
    try {
      original = new ModelCardReader(LIMITS).read("fuzz.md", TextDecoding.utf8("fuzz.md", bytes));
    } catch (InputException notACard) {
      return;
    }

    String json = CycloneDxExporter.toJson(original);
    assertThat(BomSchema.errors(json)).isEmpty();
    ModelCard viaCycloneDx = CycloneDxCardReader.read("fuzz.md", Resources.bom("fuzz.md", json));
    String markdown = new HuggingFaceCardWriter().write(viaCycloneDx);
    ModelCard again = new ModelCardReader(InputLimits.DEFAULT).read("fuzz.md", markdown);

    assertThat(TreeValues.plain(again.metadata())).isEqualTo(TreeValues.plain(original.metadata()));
    if (headingsAtTopLevel(original)) {
      assertThat(CycloneDxExporter.outline(again.sections()))
          .containsExactlyElementsOf(CycloneDxExporter.outline(original.sections()));
    }
  }

  /** Whether every heading line starts a line outside any list item, block quote or code. */
  private static boolean headingsAtTopLevel(ModelCard card) {
    for (CardSection section : card.sections()) {
      String line = card.line(section.line());
      boolean topLevel =
          switch (section.level()) {
            case 0 -> true;
            case 7 -> line.startsWith("**") || line.startsWith("__");
            default -> !CONTAINED.matcher(line).find();
          };
      if (!topLevel) {
        return false;
      }
    }
    return true;
  }
}
