package dev.clearance.store.internal;

import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * Keyset pagination by one text key column: {@code WHERE <filter> AND key > :after ORDER BY key
 * LIMIT n+1}. The condition is added only when there is a cursor, because PostgreSQL cannot type a
 * NULL parameter in {@code :after IS NULL}.
 */
public final class Paging {

  private Paging() {}

  /**
   * Reads one page.
   *
   * @param selectWhere {@code SELECT … FROM … WHERE <filter>} (use {@code 1 = 1} for no filter)
   * @param key the column to order by, unique within the filter
   * @param binds name, value pairs for the filter
   */
  public static <T> Page<T> page(
      Handle handle,
      String selectWhere,
      String key,
      PageRequest page,
      RowMapper<T> mapper,
      Function<T, String> cursorOf,
      Object... binds) {
    String sql =
        selectWhere
            + (page.after() == null ? "" : " AND " + key + " > :after")
            + " ORDER BY "
            + key
            + " LIMIT :limit";
    Query query = handle.createQuery(sql).bind("limit", page.limit() + 1);
    if (page.after() != null) {
      query.bind("after", page.after());
    }
    for (int i = 0; i < binds.length; i += 2) {
      query.bind((String) binds[i], binds[i + 1]);
    }
    return Page.of(query.map(mapper).list(), page.limit(), cursorOf);
  }
}
