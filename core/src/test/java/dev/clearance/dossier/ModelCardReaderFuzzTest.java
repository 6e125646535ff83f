package dev.clearance.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import dev.clearance.document.TextDecoding;

/**
 * Arbitrary bytes read as a model card give a card or an {@link InputException} naming the file;
 * never another exception or error. A card's sections start at increasing lines within the file.
 * Seeds: ModelCardReaderFuzzTestInputs/.
 */
class ModelCardReaderFuzzTest {

  private static final InputLimits LIMITS = new InputLimits(1 << 16, 16, 8, 5_000);

  @FuzzTest
  void read_arbitraryBytes_givesCardOrInputException(byte[] bytes) {
    try {
      ModelCard card =
          new ModelCardReader(LIMITS).read("fuzz.md", TextDecoding.utf8("fuzz.md", bytes));
      assertThat(card.sections()).isNotEmpty();
      int previous = 0;
      for (CardSection section : card.sections()) {
        assertThat(section.line()).isBetween(Math.max(previous, 1), card.lines().size());
        previous = section.line();
      }
      ModelIndexReader.read(card.metadata());
    } catch (InputException refused) {
      assertThat(refused.file()).isEqualTo("fuzz.md");
      assertThat(refused.line()).isNotNegative();
      assertThat(refused.problem()).isNotBlank();
    }
  }
}
