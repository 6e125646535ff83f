package dev.clearance.store;

/**
 * Which page of a list to read: rows ordered by id (ids are time-ordered, so this is creation
 * order), starting after the cursor {@code after} (exclusive; {@code null} for the first page), at
 * most {@code limit} rows.
 *
 * @param after the {@link Page#nextCursor()} of the previous page, or {@code null}
 * @param limit 1 to {@value #MAX_LIMIT}
 */
public record PageRequest(String after, int limit) {

  /** The largest page a caller may ask for. */
  public static final int MAX_LIMIT = 500;

  /**
   * @throws IllegalArgumentException if the limit is outside 1..{@value #MAX_LIMIT} or the cursor
   *     is blank or longer than 200 characters
   */
  public PageRequest {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "page limit " + limit + " is outside 1.." + MAX_LIMIT + "; ask for fewer rows per page");
    }
    if (after != null && (after.isBlank() || after.length() > 200)) {
      throw new IllegalArgumentException(
          "page cursor must be the nextCursor of a previous page, not a blank or overlong text");
    }
  }

  /** The first page with at most {@code limit} rows. */
  public static PageRequest first(int limit) {
    return new PageRequest(null, limit);
  }

  /** The page after {@code cursor} with the same limit. */
  public PageRequest next(String cursor) {
    return new PageRequest(cursor, limit);
  }
}
