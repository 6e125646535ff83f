package dev.clearance.server.notify;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a notification is about (issue 6 item 7). The wire name ({@code window_opened}, ...) is what
 * inboxes, webhook payloads and webhook subscriptions use. A feature that needs a new kind adds a
 * constant here and documents it in docs/notifications.md.
 */
public enum NotificationKind {
  /** A steward started a release's review window (start_review). */
  WINDOW_OPENED,
  /** A review window ends soon (sent once per configured notice, e.g. 7 days and 1 day). */
  WINDOW_CLOSING,
  /** An evaluator filed a finding about a release. */
  FINDING_FILED,
  /** The releaser must answer a finding by its deadline. */
  RESPONSE_DUE,
  /** A finding's response deadline has passed without an answer. */
  RESPONSE_OVERDUE,
  /** An auditor filed a signed attestation for a release. */
  ATTESTATION_FILED,
  /** A release changed state (submitted, approved, released, retracted, ...). */
  RELEASE_STATE_CHANGED,
  /** An evaluator asked for access to a release in review (to its organization). */
  ACCESS_REQUESTED,
  /** The organization responded to a finding (to the evaluator who filed it). */
  FINDING_ANSWERED,
  /** An evaluator contested a response (to stewards and the organization). */
  FINDING_CONTESTED,
  /** A steward decided a contested response (to the evaluator and the organization). */
  FINDING_DECIDED,
  /** An evaluator's access was granted, approved, declined or revoked (to the evaluator). */
  ACCESS_DECIDED,
  /** A staged rollout entered another stage (advance, rollback). */
  ROLLOUT_STAGE_CHANGED,
  /** An evaluator application was filed (to stewards) or decided (to the applicant). */
  EVALUATOR_STATUS_CHANGED,
  /**
   * An organization asked for certification (to stewards), or it was certified, declined, revoked
   * (to the organization's admins) or withdrawn (to stewards).
   */
  CERTIFICATION_CHANGED,
  /** Someone reported harm or disputed an output of a released model (to its organization). */
  INCIDENT_REPORTED,
  /**
   * An incident went to the stewards: at once for the severities the playbook marks escalate, or
   * when its acknowledgement became overdue (to stewards and the organization).
   */
  INCIDENT_ESCALATED,
  /** An incident was acknowledged, updated, resolved or rejected (to its signed-in reporter). */
  INCIDENT_UPDATED,
  /**
   * A link to verify the user's new email address (to that user only, emailed to the address even
   * though it is not verified yet; never to webhooks).
   */
  EMAIL_VERIFICATION;

  /** The name in the API, e.g. {@code window_opened}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether webhooks may subscribe to this kind (personal kinds go to their user only). */
  public boolean reachesWebhooks() {
    return this != EMAIL_VERIFICATION;
  }

  /**
   * The kind named {@code wireName} that webhooks may subscribe to.
   *
   * @throws IllegalArgumentException naming the known kinds
   */
  public static NotificationKind webhookKind(String wireName) {
    for (NotificationKind kind : webhookKinds()) {
      if (kind.wireName().equals(wireName)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "unknown notification kind '"
            + String.valueOf(wireName).replaceAll("\\p{Cntrl}", "?")
            + "'; known kinds: "
            + webhookWireNames());
  }

  /** Every wire name webhooks may subscribe to, comma-separated, for messages. */
  public static String webhookWireNames() {
    return webhookKinds().stream()
        .map(NotificationKind::wireName)
        .collect(Collectors.joining(", "));
  }

  private static List<NotificationKind> webhookKinds() {
    return Arrays.stream(values()).filter(NotificationKind::reachesWebhooks).toList();
  }
}
