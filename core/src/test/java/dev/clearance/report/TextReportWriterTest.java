package dev.clearance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TextReportWriterTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.clearance.report.SampleReports#all")
  void render_sampleReport_matchesGolden(String name, CheckReport report) throws IOException {
    Goldens.assertMatches(name + ".txt", new TextReportWriter(false).render(report));
  }

  @Test
  void render_withColor_matchesGolden() throws IOException {
    Goldens.assertMatches(
        "failing-t3.color.txt", new TextReportWriter(true).render(SampleReports.failingTier3()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.clearance.report.SampleReports#all")
  void render_withoutColor_hasNoControlCharacters(String name, CheckReport report) {
    String text = new TextReportWriter(false).render(report);

    assertThat(text.chars().filter(character -> character < 0x20 && character != '\n')).isEmpty();
    assertThat(text).doesNotContain("\u202E");
  }

  @Test
  void render_hostileWithColor_showsCardEscapesAsText() {
    String text = new TextReportWriter(true).render(SampleReports.hostile());

    assertThat(text).contains("\\u001B[31mred").doesNotContain("\u001B[31mred");
    assertThat(text).doesNotContain("\u001B[2J").doesNotContain("\u0007");
  }

  @Test
  void render_failingReport_listsFailuresBeforeWarningsAndPasses() {
    String text = new TextReportWriter(false).render(SampleReports.failingTier3());

    assertThat(text.indexOf("FAILED (4)")).isLessThan(text.indexOf("WARNINGS (1)"));
    assertThat(text.indexOf("WARNINGS (1)")).isLessThan(text.indexOf("PASSED (1)"));
    assertThat(text)
        .contains("Tier 3, because 3 triggers fired:")
        .contains("total parameters = 70553706496  (big-coder/config.json:12#/num_hidden_layers)")
        .contains("        model-index:\n          - name: big-coder\n")
        .contains("FAILED: 2 blocking requirements not met under rrf@2025.1");
  }

  @Test
  void render_passingReport_saysTheReleaseMayProceed() {
    String text = new TextReportWriter(false).render(SampleReports.passingTier1());

    assertThat(text)
        .contains("Tier 1: no tier trigger fired")
        .contains("PASSED: every required requirement is met under rrf@2025.1")
        .contains("Next: the release may proceed.");
  }
}
