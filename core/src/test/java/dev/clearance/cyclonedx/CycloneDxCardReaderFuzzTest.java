package dev.clearance.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import dev.clearance.document.JsonReader;
import dev.clearance.document.Node;
import dev.clearance.document.TextDecoding;
import dev.clearance.dossier.CardSection;
import dev.clearance.dossier.ModelCard;

/**
 * Arbitrary bytes read as a CycloneDX BOM give a model card or an {@link InputException} naming the
 * file; never another exception. Every section and every score points into the file. Seeds:
 * CycloneDxCardReaderFuzzTestInputs/.
 */
class CycloneDxCardReaderFuzzTest {

  private static final InputLimits LIMITS = new InputLimits(1 << 16, 16, 8, 5_000);

  @FuzzTest
  void read_arbitraryBytes_givesCardOrInputException(byte[] bytes) {
    try {
      Node root = new JsonReader(LIMITS).read("fuzz.json", TextDecoding.utf8("fuzz.json", bytes));
      if (!(root instanceof Node.Mapping bom)) {
        return;
      }
      CycloneDxCardReader.evalResults("fuzz.json", bom)
          .forEach(result -> assertThat(result.source().file()).isEqualTo("fuzz.json"));
      ModelCard card = CycloneDxCardReader.read("fuzz.json", bom);
      for (CardSection section : card.sections()) {
        assertThat(section.source().file()).isEqualTo("fuzz.json");
        assertThat(section.level()).isBetween(0, 7);
      }
    } catch (InputException refused) {
      assertThat(refused.file()).isEqualTo("fuzz.json");
      assertThat(refused.problem()).isNotBlank();
    }
  }
}
