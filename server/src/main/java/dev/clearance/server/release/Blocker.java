package dev.clearance.server.release;

import java.util.Map;
import java.util.Objects;

/**
 * One reason a release action may not be taken now, as the API shows it: a guard of {@link
 * dev.clearance.release.ReleaseWorkflow} that failed (by its code), or {@value #ACTOR} when the
 * caller is not among those who may take the action. The 409 {@code guard_failed} of {@code POST
 * …/transitions} lists the failed guards; {@code GET …/actions} shows every blocker of every action
 * ({@link ReleaseActions}), with the same texts.
 *
 * @param guard the guard's code, e.g. {@code review_window_elapsed}, or {@value #ACTOR}
 * @param message what was found
 * @param hint what to do
 * @param details what the guard found, as data (e.g. the unanswered findings), or null for none
 */
public record Blocker(String guard, String message, String hint, Map<String, Object> details) {

  /** The code of the blocker that says who may take an action. */
  public static final String ACTOR = "actor";

  public Blocker {
    Objects.requireNonNull(guard, "guard");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
    details = details == null || details.isEmpty() ? null : Map.copyOf(details);
  }

  /** A blocker without details. */
  public Blocker(String guard, String message, String hint) {
    this(guard, message, hint, null);
  }
}
