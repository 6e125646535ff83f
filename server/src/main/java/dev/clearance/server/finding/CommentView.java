package dev.clearance.server.finding;

import dev.clearance.server.release.Times;
import dev.clearance.store.Repositories;
import dev.clearance.store.finding.FindingComment;

/**
 * A comment on a finding.
 *
 * @param author the commenter's handle
 * @param attachment the file that goes with it, or absent
 */
public record CommentView(
    String id, String author, String text, AttachmentView attachment, String createdAt) {

  static CommentView of(Repositories tx, FindingComment comment, AttachmentView attachment) {
    return new CommentView(
        comment.id(),
        Handles.of(tx, comment.authorId()),
        comment.body(),
        attachment,
        Times.iso(comment.createdAt()));
  }
}
