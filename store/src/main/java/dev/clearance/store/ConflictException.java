package dev.clearance.store;

import java.util.List;

/**
 * A row could not be written because another row already has the same value in a unique field (for
 * example a user handle, or a model name within its organization). Raised identically on SQLite and
 * PostgreSQL.
 */
public final class ConflictException extends StoreException {

  private static final long serialVersionUID = 1L;

  private final String table;
  private final List<String> fields;

  /** For {@code fields} of {@code table} that must be unique together. */
  public ConflictException(String table, List<String> fields, Throwable cause) {
    super(
        table
            + ": another row already has this "
            + String.join(", ", fields)
            + "; choose a different value",
        cause);
    this.table = table;
    this.fields = List.copyOf(fields);
  }

  /** The table, e.g. {@code users}. */
  public String table() {
    return table;
  }

  /** The column names that are unique together, e.g. {@code [org_id, name]}. */
  public List<String> fields() {
    return fields;
  }

  /** The last column named, usually the one the user chose (e.g. {@code name}). */
  public String field() {
    return fields.get(fields.size() - 1);
  }
}
