package dev.clearance.store;

/**
 * A row referred to another that does not exist (a foreign key failed), for example a membership
 * for an unknown user. SQLite does not say which reference failed, so neither does this.
 */
public final class MissingReferenceException extends StoreException {

  private static final long serialVersionUID = 1L;

  private final String table;

  /** For a row written to {@code table}. */
  public MissingReferenceException(String table, Throwable cause) {
    super(table + ": the row refers to a row that does not exist (check the ids given)", cause);
    this.table = table;
  }

  /** The table written to. */
  public String table() {
    return table;
  }
}
