package dev.clearance.store.internal;

import dev.clearance.store.ConflictException;
import dev.clearance.store.MissingReferenceException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Turns constraint violations reported by either driver into the store's typed exceptions, so
 * callers see the same {@link ConflictException} (naming table and columns) on SQLite and
 * PostgreSQL.
 */
public final class SqlErrors {

  private static final Pattern SQLITE_COLUMN = Pattern.compile("(\\w+)\\.(\\w+)");
  private static final Pattern SQLITE_UNIQUE = Pattern.compile("UNIQUE constraint failed: ([^)]+)");
  private static final Pattern POSTGRES_KEY = Pattern.compile("Key \\(([^)]*)\\)=");
  private static final String UNIQUE_VIOLATION = "23505";
  private static final String FOREIGN_KEY_VIOLATION = "23503";

  private SqlErrors() {}

  /**
   * The typed exception for {@code failure} of a write to {@code table}, or {@code failure} itself
   * when it is not a constraint violation.
   */
  public static RuntimeException translate(RuntimeException failure, String table) {
    SQLException sql = sqlCause(failure);
    if (sql instanceof SQLiteException sqlite) {
      SQLiteErrorCode code = sqlite.getResultCode();
      if (code == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE
          || code == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY) {
        return sqliteConflict(sqlite, table);
      }
      if (code == SQLiteErrorCode.SQLITE_CONSTRAINT_FOREIGNKEY) {
        return new MissingReferenceException(table, failure);
      }
    } else if (sql instanceof PSQLException postgres) {
      if (UNIQUE_VIOLATION.equals(postgres.getSQLState())) {
        return postgresConflict(postgres, table);
      }
      if (FOREIGN_KEY_VIOLATION.equals(postgres.getSQLState())) {
        return new MissingReferenceException(table, failure);
      }
    }
    return failure;
  }

  /** Whether {@code failure} is a unique-constraint violation on either database. */
  public static boolean isUniqueViolation(RuntimeException failure) {
    return translate(failure, "?") instanceof ConflictException;
  }

  private static ConflictException sqliteConflict(SQLiteException e, String table) {
    Matcher unique = SQLITE_UNIQUE.matcher(String.valueOf(e.getMessage()));
    List<String> fields = new ArrayList<>();
    String foundTable = table;
    if (unique.find()) {
      Matcher column = SQLITE_COLUMN.matcher(unique.group(1));
      while (column.find()) {
        foundTable = column.group(1);
        fields.add(column.group(2));
      }
    }
    if (fields.isEmpty()) {
      fields.add("?");
    }
    return new ConflictException(foundTable, fields, e);
  }

  private static ConflictException postgresConflict(PSQLException e, String table) {
    ServerErrorMessage server = e.getServerErrorMessage();
    List<String> fields = new ArrayList<>();
    String foundTable = table;
    if (server != null) {
      if (server.getTable() != null) {
        foundTable = server.getTable();
      }
      Matcher key = POSTGRES_KEY.matcher(String.valueOf(server.getDetail()));
      if (key.find()) {
        for (String column : key.group(1).split(",")) {
          fields.add(column.strip());
        }
      } else if (server.getConstraint() != null) {
        fields.add(server.getConstraint());
      }
    }
    if (fields.isEmpty()) {
      fields.add("?");
    }
    return new ConflictException(foundTable, fields, e);
  }

  private static SQLException sqlCause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        return sql;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}
