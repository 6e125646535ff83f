package dev.clearance.store.finding;

import dev.clearance.store.Ids;
import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import dev.clearance.store.internal.Paging;
import dev.clearance.store.internal.Rows;
import dev.clearance.store.internal.SqlErrors;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * Comments and follow-ups on findings, over one {@link Handle}. Unknown findings, users or
 * attachments are a {@link dev.clearance.store.MissingReferenceException}.
 */
public final class FindingCommentRepository {

  private static final String COLUMNS =
      "id, finding_id, author_id, body, attachment_id, created_at";

  private final Handle handle;
  private final Clock clock;

  /** Over {@code handle}, with "now" from {@code clock}. */
  public FindingCommentRepository(Handle handle, Clock clock) {
    this.handle = handle;
    this.clock = clock;
  }

  /** Adds a comment by {@code authorId}, with an attachment or null. */
  public FindingComment add(String findingId, String authorId, String body, String attachmentId) {
    FindingComment comment =
        new FindingComment(
            Ids.next(clock),
            findingId,
            authorId,
            body,
            attachmentId,
            Instant.ofEpochMilli(clock.millis()));
    try {
      handle
          .createUpdate(
              "INSERT INTO finding_comments ("
                  + COLUMNS
                  + ") VALUES (:id, :finding, :author, :body, :attachment, :at)")
          .bind("id", comment.id())
          .bind("finding", findingId)
          .bind("author", authorId)
          .bind("body", body)
          .bind("attachment", attachmentId)
          .bind("at", comment.createdAt().toEpochMilli())
          .execute();
    } catch (JdbiException e) {
      throw SqlErrors.translate(e, "finding_comments");
    }
    return comment;
  }

  /** The comments on a finding, oldest first. */
  public Page<FindingComment> listByFinding(String findingId, PageRequest page) {
    return Paging.page(
        handle,
        "SELECT " + COLUMNS + " FROM finding_comments WHERE finding_id = :finding",
        "id",
        page,
        (rs, ctx) -> map(rs),
        FindingComment::id,
        "finding",
        findingId);
  }

  /** True when a comment already carries attachment {@code attachmentId}. */
  public boolean attachmentUsed(String attachmentId) {
    return handle
            .createQuery("SELECT COUNT(*) FROM finding_comments WHERE attachment_id = :attachment")
            .bind("attachment", attachmentId)
            .mapTo(Integer.class)
            .one()
        > 0;
  }

  private static FindingComment map(ResultSet rs) throws SQLException {
    return new FindingComment(
        rs.getString("id"),
        rs.getString("finding_id"),
        rs.getString("author_id"),
        rs.getString("body"),
        rs.getString("attachment_id"),
        Rows.instant(rs, "created_at"));
  }
}
