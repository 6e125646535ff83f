package dev.clearance.server.card;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allow-list every rendered card passes through (OWASP Java HTML Sanitizer), whatever the
 * markdown renderer produced and whatever raw HTML the card held: text formatting, headings with
 * {@code card-} ids, lists, quotes, code, tables, and links to web, mail and card-heading addresses
 * with {@code rel="nofollow noopener noreferrer"}. Everything else is removed: scripts and styles
 * with their content, event handler and {@code style} attributes, images, SVG and MathML, frames,
 * forms and inputs, {@code meta} and {@code base}; other elements keep only their text.
 */
final class CardSanitizer {

  private static final String[] HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"};

  /** Ids made by {@link HeadingIds} (raw HTML may bring others of the same form: harmless). */
  private static final Pattern ID = Pattern.compile("card-[a-z0-9-]{1,80}");

  /**
   * Link targets, checked again after the markdown stage: absolute web or mail addresses, or card
   * heading fragments. The value is matched as the browser would read it (entities decoded).
   */
  private static final Pattern HREF =
      Pattern.compile("(?i)(?:https?://|mailto:)[^\\s\\p{Cntrl}]+|#card-[a-z0-9-]{1,80}");

  static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "p",
              "br",
              "hr",
              "em",
              "strong",
              "b",
              "i",
              "del",
              "s",
              "sub",
              "sup",
              "code",
              "pre",
              "kbd",
              "blockquote",
              "ul",
              "ol",
              "li",
              "dl",
              "dt",
              "dd",
              "table",
              "thead",
              "tbody",
              "tr",
              "th",
              "td",
              "a")
          .allowElements(HEADINGS)
          .allowAttributes("id")
          .matching(ID)
          .onElements(HEADINGS)
          .allowAttributes("align")
          .matching(Pattern.compile("(?i)left|center|right"))
          .onElements("th", "td")
          .allowAttributes("rowspan", "colspan")
          .matching(Pattern.compile("[1-9][0-9]{0,2}"))
          .onElements("th", "td")
          .allowAttributes("start")
          .matching(Pattern.compile("[0-9]{1,9}"))
          .onElements("ol")
          .allowAttributes("class")
          .matching(Pattern.compile("language-[A-Za-z0-9_+.#-]{1,40}"))
          .onElements("code")
          .allowAttributes("href")
          .matching(HREF)
          .onElements("a")
          .allowUrlProtocols("http", "https", "mailto")
          .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
          .toFactory();

  private CardSanitizer() {}

  /** {@code html} with only what the allow-list keeps. */
  static String sanitize(String html) {
    return POLICY.sanitize(html);
  }
}
