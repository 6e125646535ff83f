package dev.clearance.store;

/** An update or delete named a row that does not exist. */
public final class NotFoundException extends StoreException {

  private static final long serialVersionUID = 1L;

  private final String table;
  private final String id;

  /** For row {@code id} of {@code table}. */
  public NotFoundException(String table, String id) {
    super(table + " " + id + " does not exist", null);
    this.table = table;
    this.id = id;
  }

  /** The table, e.g. {@code models}. */
  public String table() {
    return table;
  }

  /** The id that was not found. */
  public String id() {
    return id;
  }
}
