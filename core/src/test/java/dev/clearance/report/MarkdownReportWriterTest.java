package dev.clearance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownReportWriterTest {

  private final MarkdownReportWriter writer = new MarkdownReportWriter();

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.clearance.report.SampleReports#all")
  void render_sampleReport_matchesGolden(String name, CheckReport report) throws IOException {
    Goldens.assertMatches(name + ".md", writer.render(report));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.clearance.report.SampleReports#all")
  void render_tableRows_haveFourCellsEach(String name, CheckReport report) {
    List<String> rows =
        outsideCodeBlocks(writer.render(report)).stream()
            .filter(line -> line.startsWith("| "))
            .toList();

    assertThat(rows).isNotEmpty();
    for (String row : rows) {
      assertThat(unescapedPipes(row)).as(row).isEqualTo(5);
    }
  }

  @Test
  void render_hostileText_isEscaped() {
    String markdown = writer.render(SampleReports.hostile());
    String prose = String.join("\n", outsideCodeBlocks(markdown));

    assertThat(prose)
        .doesNotContainPattern("(?<!\\\\)<(script|img|/testcase|b>)")
        .doesNotContainPattern("(?<!\\\\)\\[link")
        .doesNotContainPattern("(?<!\\\\)\\*bold")
        .doesNotContainPattern("(?<!\\\\)\\| a ")
        .doesNotContain("\u001B")
        .doesNotContain("\u202E")
        .contains("\\<script\\>")
        .contains("\\@team");
  }

  @Test
  void codeBlock_contentWithFences_usesLongerFence() {
    String block = MarkdownReportWriter.codeBlock("```\ncode\n````\n");

    assertThat(block).startsWith("`````\n").endsWith("\n`````\n");
  }

  @Test
  void render_failingReport_showsFixesInCodeBlocks() {
    String markdown = writer.render(SampleReports.failingTier3());

    assertThat(markdown)
        .contains("## ❌ Clearance: 2 blocking requirements failed — Tier 3 under rrf@2025.1")
        .contains("```\nmodel-index:\n  - name: big-coder\n")
        .contains("| Code generation (capability.code) | Tier 3 |");
  }

  private static List<String> outsideCodeBlocks(String markdown) {
    List<String> lines = new java.util.ArrayList<>();
    String fence = null;
    for (String line : markdown.split("\n", -1)) {
      if (fence == null && line.startsWith("```")) {
        fence = line;
      } else if (fence != null && line.equals(fence)) {
        fence = null;
      } else if (fence == null) {
        lines.add(line);
      }
    }
    return lines;
  }

  private static int unescapedPipes(String row) {
    int count = 0;
    for (int index = 0; index < row.length(); index++) {
      if (row.charAt(index) == '\\') {
        index++;
      } else if (row.charAt(index) == '|') {
        count++;
      }
    }
    return count;
  }
}
