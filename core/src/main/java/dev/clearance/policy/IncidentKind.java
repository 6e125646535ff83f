package dev.clearance.policy;

import java.util.Objects;

/**
 * A kind of report anyone may file about a released model (LIFE-2): harm it caused, or one of its
 * outputs disputed.
 *
 * @param id the code used in the API ({@code harm}, {@code output-dispute}, ...)
 * @param title how people read it
 * @param help what a report of this kind should say, shown on the form
 */
public record IncidentKind(String id, String title, String help) {

  public IncidentKind {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(help, "help");
  }
}
