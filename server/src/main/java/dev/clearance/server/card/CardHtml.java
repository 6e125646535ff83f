package dev.clearance.server.card;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders a model card (Hugging Face markdown with optional YAML front matter) as inert HTML for
 * the public pages (OPS-2: markup injection in cards renders inert). In order:
 *
 * <ol>
 *   <li>the front matter is left out (the page shows its facts elsewhere) and the body is cut at a
 *       line end after {@value #MAX_CHARS} characters;
 *   <li>commonmark with GFM tables parses it; images become their alt text (a link to a web image,
 *       never loaded), links keep only web, mail and card-heading targets, nesting deeper than
 *       {@value #MAX_DEPTH} is cut ({@link CardTree});
 *   <li>it is rendered with heading ids {@code card-<slug>} ({@link HeadingIds}); raw HTML in the
 *       card goes on to the sanitizer, never straight to the page;
 *   <li>the OWASP sanitizer keeps only the allow-list of {@link CardSanitizer};
 *   <li>bidi controls become visible {@code [U+202E]} markers ({@link BidiControls}).
 * </ol>
 *
 * Thread-safe; the renderer holds no state between calls. See docs/card-rendering.md.
 */
public final class CardHtml {

  /** Longest card body rendered, in characters; longer cards are cut at a line end. */
  public static final int MAX_CHARS = 512 * 1024;

  /** Deepest nesting of blocks and inlines rendered; deeper parts become {@code …}. */
  public static final int MAX_DEPTH = 40;

  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

  private CardHtml() {}

  /** The card {@code markdown} (the whole file, front matter and all) as inert HTML. */
  public static RenderedCard render(String markdown) {
    CardSource source = CardSource.of(markdown, MAX_CHARS);
    Node document = PARSER.parse(source.body());
    CardTree.Changes changes = CardTree.rewrite(document, MAX_DEPTH);
    HtmlRenderer renderer =
        HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .sanitizeUrls(true)
            .attributeProviderFactory(context -> new HeadingIds())
            .build();
    String html = BidiControls.neutralize(CardSanitizer.sanitize(renderer.render(document)));
    return new RenderedCard(
        html, source.truncated(), changes.imagesReplaced(), changes.nestingCut());
  }
}
