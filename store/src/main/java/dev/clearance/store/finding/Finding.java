package dev.clearance.store.finding;

import java.time.Instant;
import java.util.Objects;

/**
 * A finding filed on a release by an evaluator (REV-4), with where its answer stands (REV-5).
 *
 * @param dueAt the organization's response deadline: filing (or a sustained contest) plus the
 *     severity's response days
 * @param overdueNotedAt when the registry noted the deadline passed without a response, or null
 * @param duplicate the link to the original finding, or null
 * @param redaction what a steward hid from the public, or null
 * @param version optimistic-concurrency version
 */
public record Finding(
    String id,
    String releaseId,
    String evaluatorId,
    FindingContent content,
    FindingState state,
    Instant filedAt,
    Instant dueAt,
    Instant overdueNotedAt,
    Duplicate duplicate,
    Redaction redaction,
    long version) {

  public Finding {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(releaseId, "releaseId");
    Objects.requireNonNull(evaluatorId, "evaluatorId");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(filedAt, "filedAt");
    Objects.requireNonNull(dueAt, "dueAt");
  }

  /**
   * A finding linked as a duplicate of another finding of the same release: it needs no response of
   * its own, it is answered when its original is.
   *
   * @param of the original finding's id
   * @param by who linked it
   */
  public record Duplicate(String of, String by, Instant at) {
    public Duplicate {
      Objects.requireNonNull(of, "of");
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * Parts a steward marked hazardous: the public sees the reason instead of them.
   *
   * @param reproduction the reason the reproduction steps are hidden, or null
   * @param evidence the reason the evidence text and attachments are hidden, or null
   */
  public record Redaction(String reproduction, String evidence, String by, Instant at) {
    public Redaction {
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(at, "at");
      if (reproduction == null && evidence == null) {
        throw new IllegalArgumentException("a redaction hides the reproduction or the evidence");
      }
    }
  }

  /** True when the finding is a duplicate of another. */
  public boolean isDuplicate() {
    return duplicate != null;
  }

  /**
   * True when the organization's response is missing past the deadline at {@code now}: an open
   * finding that is not a duplicate.
   */
  public boolean isOverdueAt(Instant now) {
    return state == FindingState.OPEN && !isDuplicate() && now.isAfter(dueAt);
  }
}
