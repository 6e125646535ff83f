package dev.clearance.store.notify;

import dev.clearance.store.Ids;
import dev.clearance.store.internal.Rows;
import dev.clearance.store.internal.SqlErrors;
import dev.clearance.store.internal.Versions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.Query;

/**
 * Webhooks of organizations and of the registry, over one {@link Handle}. Deleting a webhook
 * deletes its deliveries too.
 *
 * <p>Throws {@link dev.clearance.store.MissingReferenceException} for an unknown organization or
 * user, {@link dev.clearance.store.NotFoundException} and {@link
 * dev.clearance.store.StaleVersionException} from updates.
 */
public final class WebhookRepository {

  private static final String COLUMNS =
      "id, org_id, url, event_kinds, secret, active, created_by, created_at, updated_at, version";

  private final Handle handle;
  private final Clock clock;

  /** Over {@code handle}, with "now" from {@code clock}. */
  public WebhookRepository(Handle handle, Clock clock) {
    this.handle = handle;
    this.clock = clock;
  }

  /**
   * Registers an active webhook.
   *
   * @param orgId the organization, or {@code null} for a registry-wide webhook
   * @param eventKinds wire names without spaces
   */
  public Webhook add(
      String orgId, String url, Set<String> eventKinds, String secret, String createdBy) {
    Instant now = Instant.ofEpochMilli(clock.millis());
    Webhook webhook =
        new Webhook(Ids.next(clock), orgId, url, eventKinds, secret, true, createdBy, now, now, 1);
    try {
      handle
          .createUpdate(
              "INSERT INTO webhooks ("
                  + COLUMNS
                  + ") VALUES (:id, :org, :url, :kinds, :secret, 1, :by, :now, :now, 1)")
          .bind("id", webhook.id())
          .bind("org", orgId)
          .bind("url", url)
          .bind("kinds", kinds(eventKinds))
          .bind("secret", secret)
          .bind("by", createdBy)
          .bind("now", now.toEpochMilli())
          .execute();
    } catch (JdbiException e) {
      throw SqlErrors.translate(e, "webhooks");
    }
    return webhook;
  }

  /** The webhook with {@code id}. */
  public Optional<Webhook> find(String id) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM webhooks WHERE id = :id")
        .bind("id", id)
        .map((rs, ctx) -> map(rs))
        .findOne();
  }

  /**
   * The webhooks of {@code orgId} (or the registry-wide ones for {@code null}), oldest first.
   *
   * @param activeOnly leave out inactive webhooks
   */
  public List<Webhook> listByOwner(String orgId, boolean activeOnly) {
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM webhooks WHERE "
            + (orgId == null ? "org_id IS NULL" : "org_id = :org")
            + (activeOnly ? " AND active = 1" : "")
            + " ORDER BY id";
    Query query = handle.createQuery(sql);
    if (orgId != null) {
      query.bind("org", orgId);
    }
    return query.map((rs, ctx) -> map(rs)).list();
  }

  /** Changes URL, kinds and the active flag if the stored version is {@code expectedVersion}. */
  public Webhook update(
      String id, long expectedVersion, String url, Set<String> eventKinds, boolean active) {
    int rows =
        handle
            .createUpdate(
                "UPDATE webhooks SET url = :url, event_kinds = :kinds, active = :active,"
                    + " updated_at = :now, version = version + 1"
                    + " WHERE id = :id AND version = :expected")
            .bind("url", url)
            .bind("kinds", kinds(eventKinds))
            .bind("active", active ? 1 : 0)
            .bind("now", clock.millis())
            .bind("id", id)
            .bind("expected", expectedVersion)
            .execute();
    Versions.check(handle, rows, "webhooks", id, expectedVersion, "id = :id", "id", id);
    return find(id).orElseThrow();
  }

  /**
   * The webhooks whose stored secret does not start with {@code prefix}, oldest first: for
   * re-storing secrets kept in an older form.
   */
  public List<Webhook> listWithSecretNotStartingWith(String prefix) {
    return handle
        .createQuery(
            "SELECT "
                + COLUMNS
                + " FROM webhooks WHERE substr(secret, 1, :length) <> :prefix"
                + " ORDER BY id")
        .bind("length", prefix.length())
        .bind("prefix", prefix)
        .map((rs, ctx) -> map(rs))
        .list();
  }

  /**
   * Stores {@code replacement} as the secret if the stored one is still {@code expected}; returns
   * whether it did. The secret itself does not change, only the form it is kept in, so the version
   * stays.
   */
  public boolean replaceSecret(String id, String expected, String replacement) {
    return handle
            .createUpdate(
                "UPDATE webhooks SET secret = :replacement WHERE id = :id AND secret = :expected")
            .bind("replacement", replacement)
            .bind("id", id)
            .bind("expected", expected)
            .execute()
        == 1;
  }

  /** Deletes the webhook and its deliveries; returns whether it existed. */
  public boolean delete(String id) {
    handle
        .createUpdate("DELETE FROM notification_deliveries WHERE webhook_id = :id")
        .bind("id", id)
        .execute();
    return handle.createUpdate("DELETE FROM webhooks WHERE id = :id").bind("id", id).execute() == 1;
  }

  private static String kinds(Set<String> eventKinds) {
    for (String kind : eventKinds) {
      if (kind.isEmpty() || kind.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException("event kind '" + kind + "' is empty or has spaces");
      }
    }
    return String.join(" ", new TreeSet<>(eventKinds));
  }

  static Webhook map(ResultSet rs) throws SQLException {
    String kinds = rs.getString("event_kinds");
    return new Webhook(
        rs.getString("id"),
        rs.getString("org_id"),
        rs.getString("url"),
        kinds.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(kinds.split(" "))),
        rs.getString("secret"),
        Rows.flag(rs, "active"),
        rs.getString("created_by"),
        Rows.instant(rs, "created_at"),
        Rows.instant(rs, "updated_at"),
        rs.getLong("version"));
  }
}
