package dev.clearance.server.card;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads rendered card HTML as a browser would (tags, attributes, entity-decoded values) and lists
 * every construct in it that could run code, load something, or clobber the page: a tag outside the
 * allow-list, an attribute other than the few allowed (so no {@code on…} handler and no {@code
 * style}), a link to anything but web, mail or card-heading addresses, an id without the {@code
 * card-} prefix, a {@code <} that does not start a well-formed tag or the sanitizer's empty
 * comment, and raw bidi controls.
 */
public final class InertHtml {

  private static final Set<String> TAGS =
      Set.of(
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
          "a",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6");
  private static final Set<String> ATTRIBUTES =
      Set.of("id", "align", "start", "class", "href", "rel", "rowspan", "colspan");
  private static final Pattern TAG =
      Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:\\s+[^\\s=/>\"']+(?:=\"[^\"]*\")?)*)\\s*/?>");
  private static final Pattern ATTRIBUTE = Pattern.compile("([^\\s=/>\"']+)(?:=\"([^\"]*)\")?");
  private static final Pattern REFERENCE =
      Pattern.compile("&(#[xX][0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);");
  private static final Pattern ALLOWED_HREF =
      Pattern.compile("(https?://|mailto:|#card-)[^\\s]*", Pattern.CASE_INSENSITIVE);

  /** What the sanitizer puts between two braces ({@code {<!-- -->{}) against template syntax. */
  private static final String EMPTY_COMMENT = "<!-- -->";

  private InertHtml() {}

  /** Every problem found in {@code html}; empty when it is inert. */
  public static List<String> problems(String html) {
    List<String> problems = new ArrayList<>();
    Matcher tag = TAG.matcher(html);
    int at = html.indexOf('<');
    while (at >= 0) {
      if (html.startsWith(EMPTY_COMMENT, at)) {
        at = html.indexOf('<', at + EMPTY_COMMENT.length());
        continue;
      }
      if (!tag.find(at) || tag.start() != at) {
        problems.add("'<' that starts no well-formed tag at " + at + ": " + around(html, at));
        at = html.indexOf('<', at + 1);
        continue;
      }
      String name = tag.group(2).toLowerCase(Locale.ROOT);
      if (!TAGS.contains(name)) {
        problems.add("tag <" + name + "> is not allowed: " + tag.group());
      }
      checkAttributes(name, tag.group(3), problems);
      at = html.indexOf('<', tag.end());
    }
    html.codePoints()
        .filter(BidiControls::isControl)
        .findFirst()
        .ifPresent(code -> problems.add("raw bidi control U+" + Integer.toHexString(code)));
    return problems;
  }

  private static void checkAttributes(String tagName, String text, List<String> problems) {
    Matcher attribute = ATTRIBUTE.matcher(text);
    while (attribute.find()) {
      String name = attribute.group(1).toLowerCase(Locale.ROOT);
      String value = attribute.group(2) == null ? "" : decode(attribute.group(2));
      if (!ATTRIBUTES.contains(name)) {
        problems.add("attribute " + name + " on <" + tagName + "> is not allowed");
      }
      if (name.equals("href")) {
        String seen = value.replaceAll("[\\s\\p{Cntrl}]", "");
        if (!ALLOWED_HREF.matcher(seen).matches()) {
          problems.add("link to '" + value + "' is neither web, mail nor a card heading");
        }
      }
      if (name.equals("id") && !value.startsWith("card-")) {
        problems.add("id '" + value + "' lacks the card- prefix");
      }
    }
  }

  /** {@code value} with character references decoded, as a browser reads an attribute. */
  static String decode(String value) {
    Matcher reference = REFERENCE.matcher(value);
    StringBuilder out = new StringBuilder();
    while (reference.find()) {
      String entity = reference.group(1);
      String replacement =
          switch (entity) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default ->
                Character.toString(
                    entity.startsWith("#x") || entity.startsWith("#X")
                        ? Integer.parseInt(entity.substring(2), 16)
                        : Integer.parseInt(entity.substring(1)));
          };
      reference.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    reference.appendTail(out);
    return out.toString();
  }

  private static String around(String html, int at) {
    return html.substring(at, Math.min(html.length(), at + 40));
  }
}
