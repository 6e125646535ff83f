package dev.clearance.server.finding;

import dev.clearance.server.release.Times;
import dev.clearance.store.Repositories;
import dev.clearance.store.finding.FindingAttachment;

/**
 * A file attached to a finding. For callers who may not see redacted evidence, {@code redacted}
 * says why and the name, size, hash and download path are left out.
 *
 * @param path where to download it (GET)
 * @param redacted {@code [redacted by a steward: <reason>]}, or absent
 */
public record AttachmentView(
    String id,
    String name,
    Long size,
    String sha256,
    String uploadedBy,
    String uploadedAt,
    String path,
    String redacted) {

  static AttachmentView of(
      Repositories tx, String findingPath, FindingAttachment attachment, String redaction) {
    if (redaction != null) {
      return new AttachmentView(
          attachment.id(),
          null,
          null,
          null,
          Handles.of(tx, attachment.uploadedBy()),
          Times.iso(attachment.createdAt()),
          null,
          FindingView.redactedText(redaction));
    }
    return new AttachmentView(
        attachment.id(),
        attachment.name(),
        attachment.size(),
        attachment.sha256(),
        Handles.of(tx, attachment.uploadedBy()),
        Times.iso(attachment.createdAt()),
        findingPath + "/attachments/" + attachment.id(),
        null);
  }
}
