package dev.clearance.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The corpus model cards copied into a temporary folder and replicated to a fixed number of card
 * files, so that a benchmark reads as many distinct files as a large batch would. The copies are
 * made at benchmark time from a folder the caller names; replicas are hard links to the copies (or
 * symbolic links where hard links are not possible), so 100,000 cards take no extra disk space.
 *
 * <p>Close it to delete the folder.
 */
final class CorpusReplica implements AutoCloseable {

  private static final int FILES_PER_FOLDER = 1_000;

  private final Path folder;
  private final List<Path> originals;
  private final List<Path> cards;

  private CorpusReplica(Path folder, List<Path> originals, List<Path> cards) {
    this.folder = folder;
    this.originals = List.copyOf(originals);
    this.cards = List.copyOf(cards);
  }

  /**
   * Copies every markdown card in {@code corpus} (not recursive) and replicates them, in name order
   * and round robin, to {@code count} card files.
   *
   * @throws IllegalArgumentException when {@code corpus} is not a folder with markdown cards
   * @throws UncheckedIOException when the temporary folder cannot be written
   */
  static CorpusReplica create(Path corpus, int count) {
    List<Path> sources = markdownCards(corpus);
    try {
      Path folder = Files.createTempDirectory("clearance-bench-");
      Path originalsFolder = Files.createDirectories(folder.resolve("originals"));
      List<Path> originals = new ArrayList<>();
      for (Path source : sources) {
        originals.add(Files.copy(source, originalsFolder.resolve(source.getFileName())));
      }
      List<Path> cards = new ArrayList<>(count);
      for (int index = 0; index < count; index++) {
        Path original = originals.get(index % originals.size());
        Path subfolder =
            folder.resolve(String.format(Locale.ROOT, "batch-%03d", index / FILES_PER_FOLDER));
        if (index % FILES_PER_FOLDER == 0) {
          Files.createDirectories(subfolder);
        }
        Path card =
            subfolder.resolve(String.format(Locale.ROOT, "%06d-%s", index, original.getFileName()));
        link(card, original);
        cards.add(card);
      }
      return new CorpusReplica(folder, originals, cards);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the replicated corpus: " + e.getMessage(), e);
    }
  }

  private static List<Path> markdownCards(Path corpus) {
    if (!Files.isDirectory(corpus)) {
      throw new IllegalArgumentException(
          "corpus folder not found: "
              + corpus
              + " (pass the folder of model cards, e.g. ../shared/corpus/model_cards)");
    }
    try (Stream<Path> files = Files.list(corpus)) {
      List<Path> cards =
          files
              .filter(Files::isRegularFile)
              .filter(file -> file.getFileName().toString().endsWith(".md"))
              .sorted(Comparator.comparing(Path::toString))
              .toList();
      if (cards.isEmpty()) {
        throw new IllegalArgumentException("no markdown model cards (*.md) in " + corpus);
      }
      return cards;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + corpus + ": " + e.getMessage(), e);
    }
  }

  private static void link(Path card, Path original) throws IOException {
    try {
      Files.createLink(card, original);
    } catch (FileSystemException | UnsupportedOperationException noHardLinks) {
      Files.createSymbolicLink(card, original.toAbsolutePath());
    }
  }

  /** The distinct cards that were copied. */
  List<Path> originals() {
    return originals;
  }

  /** Every replicated card file, {@code count} of them. */
  List<Path> cards() {
    return cards;
  }

  @Override
  public void close() {
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + folder + ": " + e.getMessage(), e);
    }
  }
}
