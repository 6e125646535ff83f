package dev.clearance.store.finding;

import dev.clearance.store.Ids;
import dev.clearance.store.blob.StoredBlob;
import dev.clearance.store.internal.Rows;
import dev.clearance.store.internal.SqlErrors;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * Files attached to findings, over one {@link Handle}; the bytes are in the blob store. Unknown
 * findings or users are a {@link dev.clearance.store.MissingReferenceException}.
 */
public final class FindingAttachmentRepository {

  private static final String COLUMNS =
      "id, finding_id, uploaded_by, name, sha256, size_bytes, created_at";

  private final Handle handle;
  private final Clock clock;

  /** Over {@code handle}, with "now" from {@code clock}. */
  public FindingAttachmentRepository(Handle handle, Clock clock) {
    this.handle = handle;
    this.clock = clock;
  }

  /** Records {@code blob}, uploaded by {@code by} as {@code name}, as an attachment. */
  public FindingAttachment add(String findingId, String by, String name, StoredBlob blob) {
    FindingAttachment attachment =
        new FindingAttachment(
            Ids.next(clock),
            findingId,
            by,
            name,
            blob.sha256(),
            blob.size(),
            Instant.ofEpochMilli(clock.millis()));
    try {
      handle
          .createUpdate(
              "INSERT INTO finding_attachments ("
                  + COLUMNS
                  + ") VALUES (:id, :finding, :by, :name, :sha256, :size, :at)")
          .bind("id", attachment.id())
          .bind("finding", findingId)
          .bind("by", by)
          .bind("name", name)
          .bind("sha256", blob.sha256())
          .bind("size", blob.size())
          .bind("at", attachment.createdAt().toEpochMilli())
          .execute();
    } catch (JdbiException e) {
      throw SqlErrors.translate(e, "finding_attachments");
    }
    return attachment;
  }

  /** The attachment {@code id}. */
  public Optional<FindingAttachment> find(String id) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM finding_attachments WHERE id = :id")
        .bind("id", id)
        .map((rs, ctx) -> map(rs))
        .findOne();
  }

  /** The attachments of a finding, oldest first. */
  public List<FindingAttachment> listByFinding(String findingId) {
    return handle
        .createQuery(
            "SELECT "
                + COLUMNS
                + " FROM finding_attachments WHERE finding_id = :finding ORDER BY id")
        .bind("finding", findingId)
        .map((rs, ctx) -> map(rs))
        .list();
  }

  private static FindingAttachment map(ResultSet rs) throws SQLException {
    return new FindingAttachment(
        rs.getString("id"),
        rs.getString("finding_id"),
        rs.getString("uploaded_by"),
        rs.getString("name"),
        rs.getString("sha256"),
        rs.getLong("size_bytes"),
        Rows.instant(rs, "created_at"));
  }
}
