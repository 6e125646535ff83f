package dev.clearance.server.finding;

import dev.clearance.store.finding.Finding;
import java.util.List;

/**
 * A finding as the API shows it (REV-4, REV-5). For callers who may not see redacted parts (the
 * public, once the release has been public) {@code reproduction}, {@code evidence} and the
 * attachments read {@code [redacted by a steward: <reason>]} where a steward marked them hazardous.
 *
 * @param path the finding's API path
 * @param severityTitle the severity as the policy's scale names it
 * @param evaluator the handle of the evaluator who filed it
 * @param dueAt the organization's response deadline
 * @param overdue true when it is unanswered past {@code dueAt} by the server's clock
 * @param state {@code open} (waits for a response), {@code answered}, {@code contested}, {@code
 *     resolved} or {@code duplicate}
 * @param duplicateOf for a duplicate: the original finding, whose response answers this one
 * @param originalState for a duplicate: the state of the original
 * @param reproductionRedaction the steward's reason when the reproduction steps are redacted
 * @param evidenceRedaction the steward's reason when the evidence and attachments are redacted
 * @param contestableUntil while answered and not contested yet: until when the evaluator may
 *     contest the response
 * @param responses the organization's responses, oldest first; the last one is current unless a
 *     steward sustained its contest
 * @param revision optimistic-concurrency version of the finding
 */
public record FindingView(
    String id,
    String org,
    String model,
    String version,
    String path,
    String title,
    String category,
    String severity,
    String severityTitle,
    List<String> affectedVersions,
    String summary,
    String reproduction,
    String evidence,
    String suggestedMitigation,
    String evaluator,
    String filedAt,
    String dueAt,
    boolean overdue,
    String state,
    String duplicateOf,
    String originalState,
    String duplicateLinkedBy,
    String reproductionRedaction,
    String evidenceRedaction,
    String contestableUntil,
    List<ResponseView> responses,
    List<AttachmentView> attachments,
    long revision) {

  public FindingView {
    affectedVersions = List.copyOf(affectedVersions);
    responses = List.copyOf(responses);
    attachments = List.copyOf(attachments);
  }

  /** The state the API shows: {@code duplicate} for a duplicate, else the stored state. */
  static String stateOf(Finding finding) {
    return finding.isDuplicate() ? "duplicate" : finding.state().code();
  }

  /** What the public reads instead of a redacted part. */
  static String redactedText(String reason) {
    return "[redacted by a steward: " + reason + "]";
  }
}
