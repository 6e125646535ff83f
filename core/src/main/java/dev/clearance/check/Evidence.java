package dev.clearance.check;

import dev.clearance.document.Source;
import java.util.Objects;

/**
 * A piece of evidence behind a decision.
 *
 * @param what what this evidence shows ("license key", "ToxiGen result")
 * @param value the value found, shortened for display
 * @param source where it was found
 */
public record Evidence(String what, String value, Source source) {

  private static final int MAX_VALUE_CHARS = 200;

  public Evidence {
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(source, "source");
    String flat = value.replaceAll("\\s+", " ").strip();
    value = flat.length() > MAX_VALUE_CHARS ? flat.substring(0, MAX_VALUE_CHARS - 1) + "…" : flat;
  }
}
