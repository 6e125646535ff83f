package dev.clearance.store.internal;

import dev.clearance.store.Ids;
import dev.clearance.store.Names;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * The rows of a table of registered public keys, each owned by one party (an organization's signing
 * keys, an auditor's keys): columns {@code id, <owner>, name, algorithm, public_key_pem, key_hint,
 * created_at, revoked_at, version}. Keys are never deleted: revoking one sets {@code revoked_at}.
 * The repositories of each kind of key delegate here and keep their own record type.
 *
 * @param <K> the record of one key, made by {@link Factory}
 */
public final class KeyTable<K> {

  /** Makes the record of one key from its columns, in table order. */
  public interface Factory<K> {
    K of(
        String id,
        String owner,
        String name,
        String algorithm,
        String publicKeyPem,
        String keyHint,
        Instant createdAt,
        Instant revokedAt,
        long version);
  }

  private final Handle handle;
  private final Clock clock;
  private final String table;
  private final String ownerColumn;
  private final String columns;
  private final Factory<K> factory;

  /** Over {@code table}, whose owner is in {@code ownerColumn}. */
  public KeyTable(
      Handle handle, Clock clock, String table, String ownerColumn, Factory<K> factory) {
    this.handle = handle;
    this.clock = clock;
    this.table = table;
    this.ownerColumn = ownerColumn;
    this.columns =
        "id, "
            + ownerColumn
            + ", name, algorithm, public_key_pem, key_hint, created_at, revoked_at, version";
    this.factory = factory;
  }

  /**
   * Registers a key of {@code owner} under {@code name}.
   *
   * @throws IllegalArgumentException for a name that is not a slug
   * @throws dev.clearance.store.ConflictException for a taken name or a key registered already
   */
  public K add(String owner, String name, String algorithm, String publicKeyPem, String keyHint) {
    String id = Ids.next(clock);
    String checkedName = Names.checkSlug("key name", name);
    Instant now = Instant.ofEpochMilli(clock.millis());
    try {
      handle
          .createUpdate(
              "INSERT INTO "
                  + table
                  + " ("
                  + columns
                  + ") VALUES (:id, :owner, :name, :algorithm, :pem, :hint, :at, NULL, 1)")
          .bind("id", id)
          .bind("owner", owner)
          .bind("name", checkedName)
          .bind("algorithm", algorithm)
          .bind("pem", publicKeyPem)
          .bind("hint", keyHint)
          .bind("at", now.toEpochMilli())
          .execute();
    } catch (JdbiException e) {
      throw SqlErrors.translate(e, table);
    }
    return factory.of(id, owner, checkedName, algorithm, publicKeyPem, keyHint, now, null, 1);
  }

  /** The key with {@code id}, revoked or not. */
  public Optional<K> find(String id) {
    return one("id = :id", "id", id, null, null);
  }

  /**
   * Keeps the key {@code id} from being revoked until the transaction ends ({@link
   * RowLocks#forShare}); a revocation under way is waited for. Returns whether the key exists.
   */
  public boolean lockShared(String id) {
    return handle
        .createQuery("SELECT id FROM " + table + " WHERE id = :id" + RowLocks.forShare(handle))
        .bind("id", id)
        .mapTo(String.class)
        .findOne()
        .isPresent();
  }

  /** The key of {@code owner} named {@code name}, revoked or not. */
  public Optional<K> findByName(String owner, String name) {
    return one(ownerColumn + " = :owner AND name = :name", "owner", owner, "name", name);
  }

  /** The key whose key hint is {@code keyHint}, revoked or not, whoever registered it. */
  public Optional<K> findByHint(String keyHint) {
    return one("key_hint = :hint", "hint", keyHint, null, null);
  }

  /** The key of {@code owner} whose key hint is {@code keyHint}, revoked or not. */
  public Optional<K> findByHint(String owner, String keyHint) {
    return one(ownerColumn + " = :owner AND key_hint = :hint", "owner", owner, "hint", keyHint);
  }

  /** Every key of {@code owner}, revoked ones included, by name. */
  public List<K> listByOwner(String owner) {
    return handle
        .createQuery(
            "SELECT "
                + columns
                + " FROM "
                + table
                + " WHERE "
                + ownerColumn
                + " = :owner"
                + " ORDER BY name")
        .bind("owner", owner)
        .map((rs, ctx) -> map(rs))
        .list();
  }

  /**
   * Revokes key {@code id} at the clock's time; returns the revoked key, or empty if it is unknown
   * or was already revoked.
   */
  public Optional<K> revoke(String id) {
    int changed =
        handle
            .createUpdate(
                "UPDATE "
                    + table
                    + " SET revoked_at = :now, version = version + 1"
                    + " WHERE id = :id AND revoked_at IS NULL")
            .bind("now", clock.millis())
            .bind("id", id)
            .execute();
    return changed == 1 ? find(id) : Optional.empty();
  }

  private Optional<K> one(
      String condition, String name1, Object value1, String name2, Object value2) {
    var query =
        handle
            .createQuery("SELECT " + columns + " FROM " + table + " WHERE " + condition)
            .bind(name1, value1);
    if (name2 != null) {
      query.bind(name2, value2);
    }
    return query.map((rs, ctx) -> map(rs)).findOne();
  }

  private K map(ResultSet rs) throws SQLException {
    return factory.of(
        rs.getString("id"),
        rs.getString(ownerColumn),
        rs.getString("name"),
        rs.getString("algorithm"),
        rs.getString("public_key_pem"),
        rs.getString("key_hint"),
        Rows.instant(rs, "created_at"),
        Rows.instant(rs, "revoked_at"),
        rs.getLong("version"));
  }
}
