package dev.clearance.store;

/**
 * An update named a version of a row that is no longer the stored one: someone else changed it in
 * between. The caller reloads the row and retries or reports HTTP 409 / 412.
 */
public final class StaleVersionException extends StoreException {

  private static final long serialVersionUID = 1L;

  private final String table;
  private final String id;
  private final long expectedVersion;
  private final long actualVersion;

  /** For row {@code id} of {@code table}, expected at one version and found at another. */
  public StaleVersionException(String table, String id, long expectedVersion, long actualVersion) {
    super(
        table
            + " "
            + id
            + " is at version "
            + actualVersion
            + ", not "
            + expectedVersion
            + ": it was changed meanwhile; reload it and apply the change again",
        null);
    this.table = table;
    this.id = id;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  /** The table, e.g. {@code releases}. */
  public String table() {
    return table;
  }

  /** The row's id. */
  public String id() {
    return id;
  }

  /** The version the caller named. */
  public long expectedVersion() {
    return expectedVersion;
  }

  /** The stored version. */
  public long actualVersion() {
    return actualVersion;
  }
}
