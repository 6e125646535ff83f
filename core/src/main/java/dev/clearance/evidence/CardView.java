package dev.clearance.evidence;

import dev.clearance.document.Node;
import dev.clearance.dossier.CardSection;
import dev.clearance.dossier.ModelCard;
import dev.clearance.policy.AnchorHits;
import dev.clearance.policy.AnchorIndex;
import dev.clearance.policy.Policy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model card prepared once for every detector: sections with searchable text, each classified
 * against the policy's declaration scope, and front-matter lookup by dotted path.
 */
public final class CardView {

  private static final Pattern MARKDOWN_LINK_TARGET = Pattern.compile("\\]\\([^)\\s]*\\)");
  private static final Pattern BARE_URL = Pattern.compile("https?://[^\\s)>\\]|]+");
  private static final Pattern HTML_TAG = Pattern.compile("<[^>\\n]{1,200}>");
  private static final int PSEUDO_HEADING_LEVEL = 7;

  /** Template placeholders are short; longer text is never taken for one. */
  private static final int MAX_PLACEHOLDER_CHARS = 600;

  private static final Pattern HTML_COMMENT = Pattern.compile("<!--[\\s\\S]*?(-->|$)");

  private final ModelCard card;
  private final PolicyIndex index;
  private final List<SectionText> sections;
  private final List<Pattern> placeholders;
  private final Map<List<Pattern>, List<SectionText>> matchedSections = new IdentityHashMap<>();
  private final Map<List<Pattern>, Map<String, Boolean>> matchedHeadings = new IdentityHashMap<>();

  /** Per heading text: the heading without marks, and that folded for anchor checks. */
  private final Map<String, String[]> headingForms = new HashMap<>();

  /** Prepares a card, preparing the policy first (use the other constructor for many cards). */
  public CardView(ModelCard card, Policy policy) {
    this(card, new PolicyIndex(policy));
  }

  /** Prepares a card with a policy prepared once for many cards. */
  public CardView(ModelCard card, PolicyIndex index) {
    this.card = card;
    this.index = index;
    Policy policy = index.policy();
    AnchorIndex anchorIndex = index.anchors();
    this.placeholders = policy.placeholders();
    List<SectionText> prepared = new ArrayList<>();
    boolean titleSeen = false;
    for (CardSection section : card.sections()) {
      String text = searchable(section.text());
      boolean placeholder = isPlaceholder(text, policy.placeholders(), index);
      boolean isTitle = !titleSeen && section.level() > 0;
      titleSeen |= isTitle;
      boolean declaration =
          section.level() == 0 || isTitle || declares(policy.declarationSections(), section);
      boolean excluded = anyMatch(policy.excludedSections(), section);
      int firstLine =
          section.line() == 0
              ? 0
              : (section.level() == 0 || section.level() == PSEUDO_HEADING_LEVEL
                  ? section.line()
                  : section.line() + 1);
      prepared.add(
          new SectionText(
              section,
              text,
              firstLine,
              placeholder,
              declaration && !excluded,
              excluded,
              anchorIndex.hits(text)));
    }
    this.sections = List.copyOf(prepared);
  }

  public ModelCard card() {
    return card;
  }

  public List<SectionText> sections() {
    return sections;
  }

  /**
   * Where the policy's text-pattern anchors occur in {@code text} (a text made from the card's).
   */
  public AnchorHits anchorHits(String text) {
    return index.anchors().hits(text);
  }

  /**
   * Card text as detectors search it: HTML comments removed (a rendered card does not show them,
   * and {@code clearance card init} puts its guidance there), emphasis and code markers removed
   * ({@code **39.3**M GPU hours} reads as {@code 39.3M GPU hours}); lines are kept so that matches
   * keep their line.
   */
  static String searchable(String text) {
    String visible = text;
    if (text.contains("<!--")) {
      Matcher comment = HTML_COMMENT.matcher(text);
      StringBuilder kept = new StringBuilder(text.length());
      while (comment.find()) {
        comment.appendReplacement(kept, "");
        kept.append(comment.group().replaceAll("[^\\n]", ""));
      }
      comment.appendTail(kept);
      visible = kept.toString();
    }
    if (visible.indexOf('*') < 0 && visible.indexOf('`') < 0) {
      return visible; // no emphasis or code marks
    }
    char[] kept = new char[visible.length()];
    int length = 0;
    for (int i = 0; i < visible.length(); i++) {
      char c = visible.charAt(i);
      if (c != '*' && c != '`') {
        kept[length++] = c;
      }
    }
    return new String(kept, 0, length);
  }

  /**
   * A section declares what the model is when its own heading, or a heading above it other than the
   * card's title, is in the declaration scope.
   */
  private boolean declares(List<Pattern> headings, CardSection section) {
    List<String> path = section.path();
    List<String> candidates = path.size() <= 1 ? path : path.subList(1, path.size());
    for (String heading : candidates) {
      if (headingMatches(headings, heading)) {
        return true;
      }
    }
    return false;
  }

  /** Text with link targets, bare URLs and HTML tags removed (so their digits are not scores). */
  public static String withoutLinks(String text) {
    // Each replacement runs only when what it needs is there (most sections have no links).
    String noTargets =
        text.contains("](") ? MARKDOWN_LINK_TARGET.matcher(text).replaceAll("]") : text;
    String noUrls =
        noTargets.contains("http") ? BARE_URL.matcher(noTargets).replaceAll("") : noTargets;
    return noUrls.indexOf('<') >= 0 ? HTML_TAG.matcher(noUrls).replaceAll(" ") : noUrls;
  }

  /** The card's title: the first level-1 heading, else the first heading. */
  public Optional<SectionText> title() {
    return sections.stream()
        .filter(section -> section.section().level() == 1)
        .findFirst()
        .or(() -> sections.stream().filter(s -> s.section().level() > 0).findFirst());
  }

  /**
   * Sections one of whose headings (this one or an enclosing one) matches any of {@code headings}.
   */
  public List<SectionText> sectionsMatching(List<Pattern> headings) {
    return matchedSections.computeIfAbsent(
        headings,
        patterns ->
            sections.stream().filter(section -> anyMatch(patterns, section.section())).toList());
  }

  /**
   * The front-matter value at a dotted path such as {@code rrf.synthetic_data_percentage}; empty
   * when absent or when every value in it is a template placeholder ({@code TODO(clearance): ...}).
   */
  public Optional<Node> metadata(String dottedPath) {
    Node current = card.metadata();
    for (String part : dottedPath.split("\\.")) {
      if (!(current instanceof Node.Mapping mapping) || mapping.get(part).isEmpty()) {
        return Optional.empty();
      }
      current = mapping.get(part).get();
    }
    return allPlaceholders(current) ? Optional.empty() : Optional.of(current);
  }

  private boolean allPlaceholders(Node node) {
    List<Node.Scalar> scalars = node.scalars();
    if (scalars.isEmpty()) {
      return false;
    }
    for (Node.Scalar scalar : scalars) {
      if (scalar.text() == null || !containsPlaceholder(scalar.text())) {
        return false;
      }
    }
    return true;
  }

  private boolean containsPlaceholder(String text) {
    for (Pattern placeholder : placeholders) {
      if (placeholder.matcher(text).find()) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text} holds nothing but template placeholders (or nothing at all). */
  public static boolean isPlaceholder(String text, List<Pattern> placeholders) {
    return isPlaceholder(text, placeholders, null);
  }

  /** As above; with {@code index}, placeholders whose anchors are not in the text are not run. */
  private static boolean isPlaceholder(String text, List<Pattern> placeholders, PolicyIndex index) {
    if (text.length() > MAX_PLACEHOLDER_CHARS) {
      return false;
    }
    if (!hasContent(text)) {
      return true; // only marks and space, whatever the placeholders remove
    }
    if (!anyFinds(placeholders, text, index)) {
      return false; // no placeholder to remove: the content stays
    }
    String rest = text;
    for (Pattern placeholder : placeholders) {
      rest = placeholder.matcher(rest).replaceAll("");
    }
    return rest.replaceAll("[\\s*_#:>|\\-\\[\\]()]+", "").isEmpty();
  }

  /** Whether the text holds a character other than those {@link #isPlaceholder} ignores. */
  private static boolean hasContent(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ignored =
          c == ' '
              || c == '\t'
              || c == '\n'
              || c == '\u000B'
              || c == '\f'
              || c == '\r'
              || "*_#:>|-[]()".indexOf(c) >= 0;
      if (!ignored) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyFinds(List<Pattern> patterns, String text, PolicyIndex index) {
    String folded = index == null ? null : PolicyIndex.fold(text);
    for (Pattern pattern : patterns) {
      if (folded != null && !index.mayFind(pattern, folded)) {
        continue;
      }
      if (pattern.matcher(text).find()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a heading of the section or one above it matches; memoized per heading text. */
  private boolean anyMatch(List<Pattern> headings, CardSection section) {
    if (section.level() == 0) {
      return false;
    }
    for (String heading : section.path()) {
      if (headingMatches(headings, heading)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code heading} (marks removed) matches one of {@code headings}; memoized. */
  private boolean headingMatches(List<Pattern> headings, String heading) {
    Map<String, Boolean> known =
        matchedHeadings.computeIfAbsent(headings, patterns -> new HashMap<>());
    Boolean matches = known.get(heading);
    if (matches == null) {
      matches = matchHeading(headings, headingForms.computeIfAbsent(heading, CardView::forms));
      known.put(heading, matches);
    }
    return matches;
  }

  private boolean matchHeading(List<Pattern> headings, String[] forms) {
    for (Pattern pattern : headings) {
      if (index.mayFind(pattern, forms[1]) && pattern.matcher(forms[0]).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The heading without the marks {@code * _ ` # :}, stripped; and that {@link PolicyIndex#fold}.
   */
  private static String[] forms(String heading) {
    String stripped = heading.strip();
    StringBuilder plain = new StringBuilder(stripped.length());
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      if (c != '*' && c != '_' && c != '`' && c != '#' && c != ':') {
        plain.append(c);
      }
    }
    String text = plain.toString().strip();
    return new String[] {text, PolicyIndex.fold(text)};
  }
}
