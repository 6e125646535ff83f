package dev.clearance.store.identity;

import dev.clearance.store.Database;
import dev.clearance.store.internal.Secrets;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;

/**
 * The first steward of a fresh registry (OPS-1, OPS-3). On a database with no steward, {@link
 * #ensureSteward()} creates a one-time bootstrap token and returns it once, for {@code clearance
 * serve} to print; whoever presents it to {@link #redeem} becomes the steward. Only the token's
 * SHA-256 is stored, in a table that holds at most one row, so two instances starting at once
 * create one token between them.
 */
public final class Bootstrap {

  /** Bootstrap tokens start with this. */
  public static final String SECRET_PREFIX = "clrb_";

  private static final Pattern SECRET = Pattern.compile("clrb_[A-Za-z0-9_-]{43}");

  private final Database database;

  /** Over {@code database}, with time from its clock. */
  public Bootstrap(Database database) {
    this.database = database;
  }

  /**
   * Creates the bootstrap token if the registry has no steward and no token yet.
   *
   * @return the token to print (the only time it is available), or empty if a steward or a token
   *     already exists
   */
  public Optional<String> ensureSteward() {
    return database.inTransaction(
        handle -> {
          if (hasSteward(handle) || row(handle).isPresent()) {
            return Optional.empty();
          }
          String secret = Secrets.random(SECRET_PREFIX, 32);
          int rows =
              handle
                  .createUpdate(
                      "INSERT INTO bootstrap (id, token_hash, created_at) VALUES (1, :hash, :now)"
                          + " ON CONFLICT (id) DO NOTHING")
                  .bind("hash", Secrets.sha256Hex(secret))
                  .bind("now", database.clock().millis())
                  .execute();
          return rows == 1 ? Optional.of(secret) : Optional.<String>empty();
        });
  }

  /**
   * Replaces an unredeemed token whose printout was lost with a new one.
   *
   * @return the new token, or empty if there is a steward already or no token was ever created
   */
  public Optional<String> reissue() {
    return database.inTransaction(
        handle -> {
          if (hasSteward(handle)) {
            return Optional.empty();
          }
          String secret = Secrets.random(SECRET_PREFIX, 32);
          int rows =
              handle
                  .createUpdate(
                      "UPDATE bootstrap SET token_hash = :hash, created_at = :now"
                          + " WHERE id = 1 AND redeemed_at IS NULL")
                  .bind("hash", Secrets.sha256Hex(secret))
                  .bind("now", database.clock().millis())
                  .execute();
          return rows == 1 ? Optional.of(secret) : Optional.<String>empty();
        });
  }

  /** Whether a token exists that nobody has redeemed yet. */
  public boolean isPending() {
    return database.withHandle(
        handle -> row(handle).map(row -> row.redeemedAt() == null).orElse(false));
  }

  /**
   * Creates the steward with {@code token}: a new active user holding {@link GlobalRole#STEWARD}.
   * Works once; the token is spent in the same transaction.
   *
   * @param passwordHash from {@link PasswordHasher#hash}, or {@code null}
   * @return the steward, or empty if the token is wrong or already spent
   * @throws dev.clearance.store.ConflictException if the handle or email is taken (the token is not
   *     spent then)
   */
  public Optional<User> redeem(
      String token, String userHandle, String displayName, String email, String passwordHash) {
    if (token == null || !SECRET.matcher(token).matches()) {
      return Optional.empty();
    }
    Clock clock = database.clock();
    return database.inTransaction(
        handle -> {
          Optional<Row> row = row(handle);
          if (row.isEmpty()
              || row.get().redeemedAt() != null
              || !Secrets.constantTimeEquals(row.get().tokenHash(), Secrets.sha256Hex(token))) {
            return Optional.<User>empty();
          }
          int claimed =
              handle
                  .createUpdate(
                      "UPDATE bootstrap SET redeemed_at = :now"
                          + " WHERE id = 1 AND redeemed_at IS NULL AND token_hash = :hash")
                  .bind("now", clock.millis())
                  .bind("hash", row.get().tokenHash())
                  .execute();
          if (claimed != 1) {
            return Optional.<User>empty();
          }
          User steward =
              new UserRepository(handle, clock)
                  .create(userHandle, displayName, email, passwordHash);
          new GlobalRoleRepository(handle, clock)
              .grant(steward.id(), GlobalRole.STEWARD, null, null);
          handle
              .createUpdate("UPDATE bootstrap SET redeemed_by = :user WHERE id = 1")
              .bind("user", steward.id())
              .execute();
          return Optional.of(steward);
        });
  }

  private record Row(String tokenHash, Long redeemedAt) {}

  private static Optional<Row> row(Handle handle) {
    return handle
        .createQuery("SELECT token_hash, redeemed_at FROM bootstrap WHERE id = 1")
        .map(
            (rs, ctx) -> {
              String tokenHash = rs.getString("token_hash");
              long redeemed = rs.getLong("redeemed_at");
              return new Row(tokenHash, rs.wasNull() ? null : redeemed);
            })
        .findOne();
  }

  private static boolean hasSteward(Handle handle) {
    return handle
            .createQuery("SELECT COUNT(*) FROM global_roles WHERE role = :role")
            .bind("role", GlobalRole.STEWARD.code())
            .mapTo(Long.class)
            .one()
        > 0;
  }
}
