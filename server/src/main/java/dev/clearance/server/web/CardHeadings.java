package dev.clearance.server.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves the headings of a model card's sanitized HTML ({@code card.CardHtml}) two levels down
 * ({@code h1} to {@code h3}, at most {@code h6}), so that they sit below the page's own "Model
 * card" heading and a page keeps one {@code h1}. Only tag names change: sanitized HTML has a {@code
 * <} only where a tag starts, so no text of the card is touched.
 */
public final class CardHeadings {

  private static final Pattern HEADING_TAG = Pattern.compile("<(/?)h([1-6])([\\s>])");

  private CardHeadings() {}

  /** {@code sanitizedHtml} with every heading two levels lower. */
  public static String belowSection(String sanitizedHtml) {
    Matcher heading = HEADING_TAG.matcher(sanitizedHtml);
    StringBuilder shifted = new StringBuilder();
    while (heading.find()) {
      int level = Math.min(6, Integer.parseInt(heading.group(2)) + 2);
      heading.appendReplacement(shifted, "<" + heading.group(1) + "h" + level + heading.group(3));
    }
    heading.appendTail(shifted);
    return shifted.toString();
  }
}
