package dev.clearance.store.identity;

import dev.clearance.store.Ids;
import dev.clearance.store.Names;
import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import dev.clearance.store.internal.Paging;
import dev.clearance.store.internal.Rows;
import dev.clearance.store.internal.SqlErrors;
import dev.clearance.store.internal.Versions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * Users, over one {@link Handle}. Emails are stored lowercased and must contain one {@code @}.
 *
 * <p>Throws {@link dev.clearance.store.ConflictException} (field {@code handle} or {@code email}),
 * {@link dev.clearance.store.StaleVersionException} and {@link
 * dev.clearance.store.NotFoundException} from updates, {@link IllegalArgumentException} on invalid
 * input.
 */
public final class UserRepository {

  private static final String COLUMNS =
      "id, handle, display_name, email, email_verified_at, password_hash, status, created_at,"
          + " updated_at, version";

  private final Handle handle;
  private final Clock clock;

  /** Over {@code handle}, with "now" from {@code clock}. */
  public UserRepository(Handle handle, Clock clock) {
    this.handle = handle;
    this.clock = clock;
  }

  /**
   * Creates an active user at version 1.
   *
   * @param email or {@code null}
   * @param passwordHash from {@link PasswordHasher#hash}, or {@code null}
   */
  public User create(String userHandle, String displayName, String email, String passwordHash) {
    Instant now = Instant.ofEpochMilli(clock.millis());
    User user =
        new User(
            Ids.next(clock),
            Names.checkSlug("user handle", userHandle),
            Names.checkText("user display name", displayName),
            checkEmail(email),
            null,
            passwordHash,
            UserStatus.ACTIVE,
            now,
            now,
            1);
    try {
      handle
          .createUpdate(
              "INSERT INTO users (" + COLUMNS + ") VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?, ?)")
          .bind(0, user.id())
          .bind(1, user.handle())
          .bind(2, user.displayName())
          .bind(3, user.email())
          .bind(4, user.passwordHash())
          .bind(5, user.status().code())
          .bind(6, now.toEpochMilli())
          .bind(7, now.toEpochMilli())
          .bind(8, 1L)
          .execute();
    } catch (JdbiException e) {
      throw SqlErrors.translate(e, "users");
    }
    return user;
  }

  /**
   * Takes {@code email} away from any account other than {@code claimantId} that holds it without
   * having verified it: an address belongs to whoever verifies it, so an unverified claim never
   * keeps its owner from using it. A verified holder keeps it (setting it elsewhere then fails as
   * taken).
   *
   * @param claimantId the account that is about to take the address, or {@code null} for one being
   *     created
   * @return the ids of the accounts that lost the address
   * @throws IllegalArgumentException when {@code email} is not an address
   */
  public List<String> releaseUnverifiedEmail(String email, String claimantId) {
    String address = checkEmail(email);
    if (address == null) {
      return List.of();
    }
    List<String> holders =
        handle
            .createQuery(
                "SELECT id FROM users WHERE email = :email AND email_verified_at IS NULL"
                    + " AND id <> :claimant")
            .bind("email", address)
            .bind("claimant", claimantId == null ? "" : claimantId)
            .mapTo(String.class)
            .list();
    for (String holder : holders) {
      handle
          .createUpdate(
              "UPDATE users SET email = NULL, updated_at = :now, version = version + 1"
                  + " WHERE id = :id AND email = :email AND email_verified_at IS NULL")
          .bind("now", clock.millis())
          .bind("id", holder)
          .bind("email", address)
          .execute();
    }
    return holders;
  }

  /** The user with {@code id}. */
  public Optional<User> find(String id) {
    return findBy("id", id);
  }

  /** The user with {@code userHandle}. */
  public Optional<User> findByHandle(String userHandle) {
    return findBy("handle", userHandle);
  }

  /** The user with {@code email} (compared lowercased). */
  public Optional<User> findByEmail(String email) {
    return email == null ? Optional.empty() : findBy("email", email.toLowerCase(Locale.ROOT));
  }

  private Optional<User> findBy(String column, String value) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM users WHERE " + column + " = :value")
        .bind("value", value)
        .map((rs, ctx) -> map(rs))
        .findOne();
  }

  /** All users, in creation order. */
  public Page<User> list(PageRequest page) {
    return Paging.page(
        handle,
        "SELECT " + COLUMNS + " FROM users WHERE 1 = 1",
        "id",
        page,
        (rs, ctx) -> map(rs),
        User::id);
  }

  /**
   * Changes display name and email if the stored version is {@code expectedVersion}. A changed
   * address is unverified until {@link #markEmailVerified}; an unchanged one keeps its state.
   */
  public User updateProfile(String id, long expectedVersion, String displayName, String email) {
    String name = Names.checkText("user display name", displayName);
    String checkedEmail = checkEmail(email);
    // Both databases evaluate SET expressions against the row before the update, so the CASE
    // compares the stored address with the new one.
    return update(
        id,
        expectedVersion,
        "display_name = :name, email = :email, email_verified_at = CASE WHEN email = :email"
            + " THEN email_verified_at ELSE NULL END",
        "name",
        name,
        "email",
        checkedEmail);
  }

  /**
   * Records that the owner of {@code id} verified {@code email}, if that is still the account's
   * address and not verified yet.
   *
   * @return the user after the change, or empty when the account's address is another one now or
   *     already verified (nothing is changed then)
   */
  public Optional<User> markEmailVerified(String id, String email) {
    long now = clock.millis();
    int rows =
        handle
            .createUpdate(
                "UPDATE users SET email_verified_at = :now, updated_at = :now,"
                    + " version = version + 1"
                    + " WHERE id = :id AND email = :email AND email_verified_at IS NULL")
            .bind("now", now)
            .bind("id", id)
            .bind("email", email)
            .execute();
    return rows == 1 ? find(id) : Optional.empty();
  }

  /** Replaces the password hash (e.g. on a password change or rehash). */
  public User updatePasswordHash(String id, long expectedVersion, String passwordHash) {
    return update(id, expectedVersion, "password_hash = :hash", "hash", passwordHash, null, null);
  }

  /** Enables or disables the user. */
  public User updateStatus(String id, long expectedVersion, UserStatus status) {
    return update(id, expectedVersion, "status = :status", "status", status.code(), null, null);
  }

  private User update(
      String id,
      long expectedVersion,
      String assignments,
      String name1,
      String value1,
      String name2,
      String value2) {
    var update =
        handle
            .createUpdate(
                "UPDATE users SET "
                    + assignments
                    + ", updated_at = :now, version = version + 1"
                    + " WHERE id = :id AND version = :expected")
            .bind(name1, value1)
            .bind("now", clock.millis())
            .bind("id", id)
            .bind("expected", expectedVersion);
    if (name2 != null) {
      update.bind(name2, value2);
    }
    int rows;
    try {
      rows = update.execute();
    } catch (JdbiException e) {
      throw SqlErrors.translate(e, "users");
    }
    Versions.check(handle, rows, "users", id, expectedVersion, "id = :id", "id", id);
    return find(id).orElseThrow();
  }

  private static String checkEmail(String email) {
    if (email == null) {
      return null;
    }
    String lower = email.strip().toLowerCase(Locale.ROOT);
    int at = lower.indexOf('@');
    if (at <= 0
        || at != lower.lastIndexOf('@')
        || at == lower.length() - 1
        || lower.length() > 254
        || lower.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
      throw new IllegalArgumentException(
          "email '" + lower.replaceAll("\\p{Cntrl}", "?") + "' is not an address like name@host");
    }
    return lower;
  }

  static User map(ResultSet rs) throws SQLException {
    return map(rs, "");
  }

  /** The user in {@code rs} whose columns are named {@code prefix} + the column name. */
  static User map(ResultSet rs, String prefix) throws SQLException {
    return new User(
        rs.getString(prefix + "id"),
        rs.getString(prefix + "handle"),
        rs.getString(prefix + "display_name"),
        rs.getString(prefix + "email"),
        Rows.instant(rs, prefix + "email_verified_at"),
        rs.getString(prefix + "password_hash"),
        UserStatus.fromCode(rs.getString(prefix + "status")),
        Rows.instant(rs, prefix + "created_at"),
        Rows.instant(rs, prefix + "updated_at"),
        rs.getLong(prefix + "version"));
  }

  /**
   * The users columns as {@code u.column AS u_column}, for a query joining {@code users u}, read
   * back with {@link #map(ResultSet, String)} and prefix {@code u_}.
   */
  static final String JOINED_COLUMNS =
      Arrays.stream(COLUMNS.split(", "))
          .map(column -> "u." + column + " AS u_" + column)
          .collect(Collectors.joining(", "));
}
