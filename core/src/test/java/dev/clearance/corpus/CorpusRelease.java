package dev.clearance.corpus;

import dev.clearance.testing.TestData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Lays out a model release folder from the shared corpus: the card as README.md, with the config,
 * checkpoint index and evaluation results that belong to it (pairs.tsv). The corpus itself lives in
 * ../shared and is read by tests only.
 */
final class CorpusRelease {

  private final Path corpus;
  private final Map<String, String[]> pairs = new HashMap<>();

  CorpusRelease() {
    this.corpus = TestData.corpus();
    try (InputStream in = CorpusRelease.class.getResourceAsStream("pairs.tsv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      text.lines()
          .filter(line -> !line.startsWith("#") && !line.isBlank())
          .map(line -> line.split("\t"))
          .forEach(columns -> pairs.put(columns[0], columns));
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  Path corpus() {
    return corpus;
  }

  /** Copies the card and its companions into {@code folder} and returns it. */
  Path layOut(String cardFile, Path folder) throws IOException {
    Files.createDirectories(folder);
    Files.copy(corpus.resolve("model_cards").resolve(cardFile), folder.resolve("README.md"));
    String[] pair = pairs.get(cardFile);
    if (pair == null) {
      return folder;
    }
    copy(pair, 1, "configs", folder.resolve("config.json"));
    if (pair.length > 2 && !pair[2].equals("-")) {
      String target =
          pair[2].contains("pytorch-bin")
              ? "pytorch_model.bin.index.json"
              : "model.safetensors.index.json";
      copy(pair, 2, "safetensors_index", folder.resolve(target));
    }
    if (pair.length > 3 && !pair[3].equals("-")) {
      String target =
          pair[3].startsWith("hf-trainer") ? "eval_results.json" : "results_corpus.json";
      copy(pair, 3, "eval_results", folder.resolve(target));
    }
    return folder;
  }

  private void copy(String[] pair, int column, String subfolder, Path target) throws IOException {
    if (pair.length > column && !pair[column].equals("-")) {
      Files.copy(corpus.resolve(subfolder).resolve(pair[column]), target);
    }
  }
}
