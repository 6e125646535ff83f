package dev.clearance.server.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real model cards of {@code ../shared/corpus/model_cards} (read by the tests only) render inert
 * with their headings and tables intact.
 */
class CardCorpusTest {

  private static final Pattern HEADING_ID = Pattern.compile("<h[1-6] id=\"card-[a-z0-9-]+\">");

  static Stream<Path> cards() throws IOException {
    Path folder =
        Path.of(System.getProperty("clearance.shared", "../../shared"), "corpus", "model_cards");
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> cards = files.filter(file -> file.toString().endsWith(".md")).sorted().toList();
      assertThat(cards).as("cards in " + folder.toAbsolutePath()).hasSizeGreaterThan(40);
      return cards.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("cards")
  void render_corpusCard_isInertWithHeadingsAndTablesIntact(Path file) throws IOException {
    String markdown = Files.readString(file, StandardCharsets.UTF_8);
    Node parsed =
        Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .build()
            .parse(CardSource.of(markdown, CardHtml.MAX_CHARS).body());

    RenderedCard card = CardHtml.render(markdown);

    assertThat(InertHtml.problems(card.html())).as(file.toString()).isEmpty();
    assertThat(count(HEADING_ID, card.html())).isEqualTo(count(parsed, Heading.class));
    assertThat(count(Pattern.compile("<table>"), card.html()))
        .isGreaterThanOrEqualTo(count(parsed, TableBlock.class));
    assertThat(card.truncated()).isFalse();
    assertThat(card.nestingCut()).isZero();
  }

  @Test
  void render_llama3Card_keepsItsRawHtmlTableAndHeadings() throws IOException {
    Path file = cards().filter(path -> path.endsWith("llama3-official.md")).findFirst().get();

    String html = CardHtml.render(Files.readString(file)).html();

    assertThat(html).contains("<h2 id=\"card-model-details\">Model Details</h2>");
    assertThat(html).contains("<td rowspan=\"2\">Llama 3\n   </td>");
    assertThat(html).contains("<td><strong>Knowledge cutoff</strong>");
  }

  @Test
  void render_markdownTableCard_keepsCells() throws IOException {
    Path file = cards().filter(path -> path.endsWith("gemma-2b-it.md")).findFirst().get();

    String html = CardHtml.render(Files.readString(file)).html();

    assertThat(html).contains("<thead>", "<tbody>", "<th>");
  }

  private static int count(Pattern pattern, String html) {
    Matcher matcher = pattern.matcher(html);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }

  private static int count(Node root, Class<? extends Node> kind) {
    int count = 0;
    Deque<Node> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      Node node = pending.pop();
      if (kind.isInstance(node)) {
        count++;
      }
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        pending.push(child);
      }
    }
    return count;
  }
}
