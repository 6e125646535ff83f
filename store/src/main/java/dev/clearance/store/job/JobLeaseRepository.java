package dev.clearance.store.job;

import dev.clearance.store.Names;
import dev.clearance.store.internal.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Job leases that work the same on SQLite and PostgreSQL: a row per job name; taking or renewing
 * the lease is a single conditional {@code UPDATE} (holder is the caller, or the lease has
 * expired), so of two instances racing exactly one wins. Time is the server's clock; instances'
 * clocks must agree to well within the lease length.
 *
 * <p>Use with auto-commit handles ({@link dev.clearance.store.Database#withHandle}) or short
 * transactions, so the lease is visible to other instances at once.
 */
public final class JobLeaseRepository {

  private static final String COLUMNS = "name, holder, acquired_at, expires_at, version";

  private final Handle handle;
  private final Clock clock;

  /** Over {@code handle}, with "now" from {@code clock}. */
  public JobLeaseRepository(Handle handle, Clock clock) {
    this.handle = handle;
    this.clock = clock;
  }

  /**
   * Takes the lease on {@code name} for {@code holder} for {@code ttl}, or renews it if {@code
   * holder} has it already.
   *
   * @param holder identifies the instance, e.g. host name and process id
   * @return the lease if {@code holder} now has it, empty if another holder's lease is still live
   * @throws IllegalArgumentException if {@code ttl} is not positive or a name is invalid
   */
  public Optional<JobLease> tryAcquire(String name, String holder, Duration ttl) {
    Names.checkSlug("job name", name);
    Names.checkText("lease holder", holder);
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("lease length " + ttl + " is not positive");
    }
    long now = clock.millis();
    long expires = now + ttl.toMillis();
    int inserted =
        handle
            .createUpdate(
                "INSERT INTO job_leases ("
                    + COLUMNS
                    + ") VALUES (:name, :holder, :now, :expires, 1)"
                    + " ON CONFLICT (name) DO NOTHING")
            .bind("name", name)
            .bind("holder", holder)
            .bind("now", now)
            .bind("expires", expires)
            .execute();
    if (inserted == 1) {
      return find(name);
    }
    int taken =
        handle
            .createUpdate(
                "UPDATE job_leases SET"
                    + " acquired_at = CASE WHEN holder = :holder AND expires_at > :now"
                    + " THEN acquired_at ELSE :now END,"
                    + " holder = :holder, expires_at = :expires, version = version + 1"
                    + " WHERE name = :name AND (holder = :holder OR expires_at <= :now)")
            .bind("name", name)
            .bind("holder", holder)
            .bind("now", now)
            .bind("expires", expires)
            .execute();
    return taken == 1 ? find(name) : Optional.empty();
  }

  /** Gives up the lease if {@code holder} has it; returns whether it did. */
  public boolean release(String name, String holder) {
    return handle
            .createUpdate("DELETE FROM job_leases WHERE name = :name AND holder = :holder")
            .bind("name", name)
            .bind("holder", holder)
            .execute()
        == 1;
  }

  /** The lease on {@code name}, live or expired. */
  public Optional<JobLease> find(String name) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM job_leases WHERE name = :name")
        .bind("name", name)
        .map((rs, ctx) -> map(rs))
        .findOne();
  }

  static JobLease map(ResultSet rs) throws SQLException {
    return new JobLease(
        rs.getString("name"),
        rs.getString("holder"),
        Rows.instant(rs, "acquired_at"),
        Rows.instant(rs, "expires_at"),
        rs.getLong("version"));
  }
}
