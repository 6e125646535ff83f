package dev.clearance.store.release;

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
 * The files of releases' dossiers, over one {@link Handle}. The bytes are in the {@link
 * dev.clearance.store.blob.BlobStore}; rows point at them.
 *
 * <p>Throws {@link dev.clearance.store.ConflictException} (fields {@code release_id, name}) when
 * the release already has a file with that name, and {@link
 * dev.clearance.store.MissingReferenceException} for an unknown release.
 */
public final class ReleaseFileRepository {

  private static final String COLUMNS =
      "id, release_id, kind, name, size_bytes, sha256, storage_path, created_at";

  private final Handle handle;
  private final Clock clock;

  /** Over {@code handle}, with "now" from {@code clock}. */
  public ReleaseFileRepository(Handle handle, Clock clock) {
    this.handle = handle;
    this.clock = clock;
  }

  /** Records that {@code blob} is the file {@code name} of {@code releaseId}. */
  public ReleaseFile add(String releaseId, FileKind kind, String name, StoredBlob blob) {
    ReleaseFile file =
        new ReleaseFile(
            Ids.next(clock),
            releaseId,
            kind,
            name,
            blob.size(),
            blob.sha256(),
            blob.relativePath(),
            Instant.ofEpochMilli(clock.millis()));
    try {
      handle
          .createUpdate(
              "INSERT INTO release_files (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
          .bind(0, file.id())
          .bind(1, releaseId)
          .bind(2, kind.code())
          .bind(3, file.name())
          .bind(4, file.sizeBytes())
          .bind(5, file.sha256())
          .bind(6, file.storagePath())
          .bind(7, file.createdAt().toEpochMilli())
          .execute();
    } catch (JdbiException e) {
      throw SqlErrors.translate(e, "release_files");
    }
    return file;
  }

  /** The file {@code name} of {@code releaseId}. */
  public Optional<ReleaseFile> find(String releaseId, String name) {
    return handle
        .createQuery(
            "SELECT "
                + COLUMNS
                + " FROM release_files WHERE release_id = :release AND name = :name")
        .bind("release", releaseId)
        .bind("name", name)
        .map((rs, ctx) -> map(rs))
        .findOne();
  }

  /** The files of {@code releaseId}, ordered by name. */
  public List<ReleaseFile> listByRelease(String releaseId) {
    return handle
        .createQuery(
            "SELECT " + COLUMNS + " FROM release_files WHERE release_id = :release ORDER BY name")
        .bind("release", releaseId)
        .map((rs, ctx) -> map(rs))
        .list();
  }

  /** Removes the file row (the blob stays; it may be shared); returns whether there was one. */
  public boolean remove(String releaseId, String name) {
    return handle
            .createUpdate("DELETE FROM release_files WHERE release_id = :release AND name = :name")
            .bind("release", releaseId)
            .bind("name", name)
            .execute()
        == 1;
  }

  static ReleaseFile map(ResultSet rs) throws SQLException {
    return new ReleaseFile(
        rs.getString("id"),
        rs.getString("release_id"),
        FileKind.fromCode(rs.getString("kind")),
        rs.getString("name"),
        rs.getLong("size_bytes"),
        rs.getString("sha256"),
        rs.getString("storage_path"),
        Rows.instant(rs, "created_at"));
  }
}
