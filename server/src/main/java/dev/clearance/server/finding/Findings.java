package dev.clearance.server.finding;

import dev.clearance.store.Repositories;
import dev.clearance.store.finding.FindingAttachmentRepository;
import dev.clearance.store.finding.FindingCommentRepository;
import dev.clearance.store.finding.FindingRepository;
import dev.clearance.store.finding.FindingResponseRepository;

/** The finding repositories in a transaction. */
final class Findings {

  private Findings() {}

  static FindingRepository findings(Repositories tx) {
    return new FindingRepository(tx.handle(), tx.clock());
  }

  static FindingResponseRepository responses(Repositories tx) {
    return new FindingResponseRepository(tx.handle(), tx.clock());
  }

  static FindingAttachmentRepository attachments(Repositories tx) {
    return new FindingAttachmentRepository(tx.handle(), tx.clock());
  }

  static FindingCommentRepository comments(Repositories tx) {
    return new FindingCommentRepository(tx.handle(), tx.clock());
  }
}
