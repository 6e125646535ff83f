package dev.clearance.params;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.dossier.ParameterCount;
import dev.clearance.params.internal.SizeText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The sizes found in every corpus card against the {@code declared_total_params} column of
 * labels.tsv. Each expectation below is text copied from that column (the test checks it is there);
 * a found size agrees when it equals the label or one is a rounding of the other ("1B" and 1,123
 * million), or, for expert notation, when it lies in the notation's range.
 */
class CorpusDeclaredSizeTest {

  /**
   * @param largest the label's largest declared size, as the label writes it; empty when the label
   *     says the card states no number
   * @param active the label's active count for the largest member, or empty
   * @param excluded why the card is left out of agreement, or empty
   */
  private record Expected(String largest, String active, String excluded) {}

  private static final Map<String, Expected> EXPECTED = new LinkedHashMap<>();

  static {
    size("3prymmal-phi3-3b-slerp-merge.md", "3B");
    none("biomedbert-base-uncased-abstract.md");
    size("bloom-176b.md", "176247271424");
    none("chemberta-zinc-base-v1.md");
    none("clip-official.md");
    size("codellama-official.md", "70B");
    size("cogito-v1-preview-qwen-14b.md", "14B");
    size("deepseek-moe-16b-readme.md", "16.4B");
    EXPECTED.put("deepseek-v3-readme.md", new Expected("671B", "37B", ""));
    size("devstral-small-2507.md", "24B");
    none("distilgpt2-microbiology.md");
    none("dolphin-2.5-mixtral-8x7b.md");
    size("foundation-sec-8b.md", "8B");
    size("gemma-2b-it.md", "2B");
    size("granite-3.1-1b-a400m-instruct.md", "8B");
    size("granite-7b-lab.md", "7B");
    size("grok-1-readme.md", "314B");
    none("igbert-hic.md");
    size("llama-guard2-8b.md", "8B");
    size("llama-guard3-11b-vision.md", "11B");
    size("llama-guard3-1b.md", "1B");
    size("llama-guard3-8b.md", "8B");
    size("llama-guard4-12b.md", "12B");
    size("llama2-official.md", "70B");
    size("llama3-official.md", "70B");
    size("llama3_1-official.md", "405B");
    size("llama3_2-text-official.md", "3.21B");
    size("llama3_2-vision-official.md", "90B");
    EXPECTED.put("llama4-official.md", new Expected("400B", "17B", ""));
    none("molmo-7b-d-nf4-stub.md");
    size("nb-whisper-small-beta.md", "244M");
    size("olmocr-7b-0225-preview.md", "7B");
    size("orpheus-3b-tts.md", "3B");
    size("point-e-official.md", "1B");
    size("prompt-guard-2-22m.md", "86M");
    EXPECTED.put(
        "prompt-guard-86m-v1.md",
        new Expected(
            "86M",
            "",
            "the card's own sentence is \"86M backbone parameters and 192M word embedding"
                + " parameters\": 278M in total, which POL-2 counts; the label keeps the backbone"
                + " only"));
    none("prot_bert.md");
    size("pythia-suite-readme.md", "12B");
    size("qwen3.5-18b-reap-stub.md", "18b");
    size("redpajama-incite-7b-base.md", "6.9B");
    none("stable-diffusion-v1-official.md");
    size("whisper-official.md", "1550M");
    none("whisper-small-hi-trainer.md");
    none("whisper-tiny-nb-trainer.md");
    size("wizardcoder-15b-gptq.md", "15B");
    size("wizardlm-2-8x22b.md", "8x22B");
  }

  private static void size(String card, String largest) {
    EXPECTED.put(card, new Expected(largest, "", ""));
  }

  private static void none(String card) {
    EXPECTED.put(card, new Expected("", "", ""));
  }

  private static final Pattern SIZE =
      Pattern.compile("^(?:(\\d+)x)?" + SizeText.NUMBER + "([KMBT]?)$", Pattern.CASE_INSENSITIVE);

  private final DeclaredParameterFinder finder = new DeclaredParameterFinder();

  @Test
  void find_everyCorpusCard_agreesWithDeclaredTotalParamsLabel() throws Exception {
    Map<String, String> labels = labels();
    assertThat(EXPECTED.keySet()).containsExactlyInAnyOrderElementsOf(labels.keySet());

    List<String> disagreements = new ArrayList<>();
    int compared = 0;
    int agreed = 0;
    System.out.printf(
        "%-38s %-12s %-40s %s%n", "card", "expected", "found (largest first)", "label");
    for (Path path : TestFiles.corpusFiles("model_cards")) {
      String name = path.getFileName().toString();
      Expected expected = EXPECTED.get(name);
      String label = labels.get(name);
      if (!expected.largest().isEmpty()) {
        assertThat(label)
            .as("expectation for %s is copied from its label", name)
            .containsIgnoringCase(expected.largest());
      }
      List<DeclaredSize> found = finder.declarations(TestFiles.card(path));
      boolean agrees = agrees(expected, found);
      System.out.printf(
          "%-38s %-12s %-40s %s%s%n",
          name,
          expected.largest().isEmpty() ? "(none)" : expected.largest(),
          shown(found),
          label,
          agrees ? "" : expected.excluded().isEmpty() ? "  <-- DISAGREES" : "  (excluded)");
      if (!expected.excluded().isEmpty()) {
        continue;
      }
      compared++;
      if (agrees) {
        agreed++;
      } else {
        disagreements.add(name + ": expected " + expected + ", found " + shown(found));
      }
    }
    System.out.printf("declared sizes agree with labels on %d of %d cards%n", agreed, compared);
    assertThat(disagreements).isEmpty();
  }

  @Test
  void find_graniteCard_reportsBothTheContradictingFigureAndTheTable() throws Exception {
    List<ParameterCount> found =
        finder.find(
            TestFiles.card(
                TestFiles.corpus().resolve("model_cards/granite-3.1-1b-a400m-instruct.md")));

    assertThat(found)
        .extracting(ParameterCount::total)
        .containsExactly(8_000_000_000L, 1_300_000_000L);
    assertThat(found.get(1).active()).hasValue(400_000_000L);
  }

  @Test
  void find_corpusCards_everySourceLineShowsTheNumber() throws Exception {
    for (Path path : TestFiles.corpusFiles("model_cards")) {
      var card = TestFiles.card(path);
      for (ParameterCount count : finder.find(card)) {
        String line = card.line(count.source().line());
        assertThat(line).as("%s", count.source()).containsPattern("\\d");
      }
    }
  }

  private static boolean agrees(Expected expected, List<DeclaredSize> found) {
    if (expected.largest().isEmpty()) {
      return found.isEmpty();
    }
    if (found.isEmpty()) {
      return false;
    }
    DeclaredSize largest = found.get(0);
    Matcher size = SIZE.matcher(expected.largest());
    if (!size.matches()) {
      throw new IllegalStateException("not a size: " + expected.largest());
    }
    SizeText value = SizeText.of(size.group(2), size.group(3), expected.largest()).orElseThrow();
    boolean totalAgrees;
    if (size.group(1) != null) {
      long experts = Long.parseLong(size.group(1));
      totalAgrees =
          largest.count().total() >= value.value()
              && largest.count().total() <= experts * value.value();
    } else {
      totalAgrees = roughlyEqual(value, largest.count().total());
    }
    if (!expected.active().isEmpty()) {
      SizeText active =
          SizeText.of(
                  expected.active().replaceAll("[A-Za-z]", ""),
                  expected.active().replaceAll("[^A-Za-z]", ""),
                  expected.active())
              .orElseThrow();
      return totalAgrees
          && largest.count().active().isPresent()
          && roughlyEqual(active, largest.count().active().getAsLong());
    }
    return totalAgrees;
  }

  private static boolean roughlyEqual(SizeText written, long found) {
    return written.isRoundingOf(found)
        || new SizeText(found, "", significantDigits(found)).isRoundingOf(written.value());
  }

  private static int significantDigits(long value) {
    return Long.toString(value).replaceAll("0+$", "").length();
  }

  private static String shown(List<DeclaredSize> found) {
    if (found.isEmpty()) {
      return "(none)";
    }
    List<String> parts = new ArrayList<>();
    for (DeclaredSize size : found) {
      ParameterCount count = size.count();
      parts.add(
          count.humanTotal()
              + (count.active().isPresent()
                  ? "/" + ParameterCount.human(count.active().getAsLong())
                  : "")
              + (size.form() == DeclaredSize.Form.FIGURE
                  ? ""
                  : " " + size.form().name().toLowerCase(java.util.Locale.ROOT)));
    }
    return String.join(", ", parts);
  }

  private static Map<String, String> labels() throws IOException {
    Map<String, String> labels = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(TestFiles.corpus().resolve("labels.tsv"));
    List<String> header = List.of(lines.get(0).split("\t"));
    int file = header.indexOf("file");
    int declared = header.indexOf("declared_total_params");
    for (String line : lines.subList(1, lines.size())) {
      String[] columns = line.split("\t", -1);
      labels.put(Path.of(columns[file]).getFileName().toString(), columns[declared]);
    }
    return labels;
  }
}
