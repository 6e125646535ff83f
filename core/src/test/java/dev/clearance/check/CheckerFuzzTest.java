package dev.clearance.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import dev.clearance.document.TextDecoding;
import dev.clearance.dossier.Dossier;
import dev.clearance.dossier.ModelCard;
import dev.clearance.dossier.ModelCardReader;
import dev.clearance.dossier.ModelIndexReader;
import dev.clearance.policy.Policy;
import dev.clearance.policy.PolicyLoader;
import dev.clearance.report.CheckReport;
import java.time.Clock;
import java.util.List;

/**
 * Whatever a card that reads without an {@link InputException} contains, the checker gives a report
 * with a result for every policy requirement and never throws. Seeds: CheckerFuzzTestInputs/.
 */
class CheckerFuzzTest {

  private static final InputLimits LIMITS = new InputLimits(1 << 16, 16, 8, 5_000);
  private static final Policy POLICY = load();

  @FuzzTest
  void check_arbitraryCard_neverThrows(byte[] bytes) {
    ModelCard card;
    Dossier dossier;
    try {
      card = new ModelCardReader(LIMITS).read("fuzz.md", TextDecoding.utf8("fuzz.md", bytes));
      dossier = Dossier.ofCard(card, ModelIndexReader.read(card.metadata()));
    } catch (InputException refused) {
      return;
    }
    CheckReport report = new Checker(POLICY, Clock.systemUTC()).check(dossier);

    List<String> ids = report.results().stream().map(r -> r.requirement().id()).toList();
    assertThat(ids).containsAll(POLICY.requirements().stream().map(r -> r.id()).toList());
    assertThat(report.tier().triggers()).hasSize(POLICY.triggers().size());
  }

  private static Policy load() {
    try {
      return PolicyLoader.bundled("rrf-2025");
    } catch (InputException broken) {
      throw new IllegalStateException(broken);
    }
  }
}
