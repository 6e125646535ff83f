package dev.clearance.server.audit;

import dev.clearance.ledger.entry.AuditEntry;
import dev.clearance.ledger.entry.EntryException;
import dev.clearance.store.Repositories;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks that each row of a decision table holds the state its last logged decision left it in: for
 * every row, the {@code after} value of the last audit entry whose subject is the row's id and
 * whose action starts with {@code actionPrefix} must equal the row's state column. A row without
 * such an entry, and an entry about a row that no longer exists, are mismatches too. So a direct
 * edit (or insert, or delete) of a decision row is found even though such rows are not in the
 * Merkle tree.
 *
 * <p>The entry is read from its leaf text (the hashed bytes, which {@link LogIntegrityCheck} and
 * {@code clearance log verify} check against signed checkpoints); the {@code subject} and {@code
 * action} columns of {@code audit_entries} only select it, and must agree with the leaf.
 *
 * @param name the check's name in the report
 * @param table the decision table, e.g. {@code releases}
 * @param idColumn its id column, the audit entries' subject
 * @param stateColumn its state column, compared with the entries' {@code after}
 * @param actionPrefix the actions that set the state, e.g. {@code release.}
 */
public record LatestEventCheck(
    String name, String table, String idColumn, String stateColumn, String actionPrefix)
    implements StateCheck {

  private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");
  private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]*\\.");

  /**
   * @throws IllegalArgumentException if a table or column name is not a plain lower-case SQL
   *     identifier, or the prefix is not {@code <word>.} (they are put into SQL text)
   */
  public LatestEventCheck {
    Objects.requireNonNull(name, "name");
    for (String identifier : new String[] {table, idColumn, stateColumn}) {
      if (identifier == null || !IDENTIFIER.matcher(identifier).matches()) {
        throw new IllegalArgumentException("not a plain SQL identifier: " + identifier);
      }
    }
    if (actionPrefix == null || !PREFIX.matcher(actionPrefix).matches()) {
      throw new IllegalArgumentException("action prefix must be '<word>.', got " + actionPrefix);
    }
  }

  @Override
  public StateCheckResult run(Repositories tx) {
    StateCheckResult.Builder result = new StateCheckResult.Builder(name);
    String like = actionPrefix + "%";
    tx.handle()
        .createQuery(
            "SELECT t."
                + idColumn
                + " AS subject, t."
                + stateColumn
                + " AS state, e.seq AS seq, e.subject AS entry_subject, e.action AS entry_action,"
                + " e.leaf AS leaf FROM "
                + table
                + " t LEFT JOIN audit_entries e ON e.seq = (SELECT MAX(a.seq) FROM audit_entries a"
                + " WHERE a.subject = t."
                + idColumn
                + " AND a.action LIKE ?) ORDER BY t."
                + idColumn)
        .bind(0, like)
        .map(
            (rs, ctx) ->
                new Row(
                    rs.getString("subject"),
                    rs.getString("state"),
                    rs.getObject("seq") == null ? null : rs.getLong("seq"),
                    rs.getString("entry_subject"),
                    rs.getString("entry_action"),
                    rs.getString("leaf")))
        .forEach(row -> compare(row, result));
    tx.handle()
        .createQuery(
            "SELECT DISTINCT a.subject FROM audit_entries a WHERE a.action LIKE ? AND NOT EXISTS"
                + " (SELECT 1 FROM "
                + table
                + " t WHERE t."
                + idColumn
                + " = a.subject) ORDER BY a.subject")
        .bind(0, like)
        .mapTo(String.class)
        .forEach(
            subject ->
                result.mismatch(
                    subject,
                    "the audit log records '"
                        + actionPrefix
                        + "*' decisions about "
                        + subject
                        + ", but "
                        + table
                        + " has no such row: it was deleted outside the registry"));
    return result.build();
  }

  private void compare(Row row, StateCheckResult.Builder result) {
    result.checked();
    if (row.sequence() == null) {
      result.mismatch(
          new StateMismatch(
              name,
              row.subject(),
              "no '"
                  + actionPrefix
                  + "*' audit entry records this row: it was not made by a logged"
                  + " decision",
              Optional.ofNullable(row.state()),
              Optional.empty(),
              Optional.empty()));
      return;
    }
    AuditEntry entry;
    try {
      entry = AuditEntry.parse(row.leaf().getBytes(StandardCharsets.UTF_8));
    } catch (EntryException e) {
      result.mismatch(
          new StateMismatch(
              name,
              row.subject(),
              "audit entry " + row.sequence() + " does not parse: " + e.getMessage(),
              Optional.ofNullable(row.state()),
              Optional.empty(),
              Optional.of(row.sequence())));
      return;
    }
    if (!entry.subject().equals(row.entrySubject())
        || !entry.action().equals(row.entryAction())
        || entry.sequence() != row.sequence()) {
      result.mismatch(
          new StateMismatch(
              name,
              row.subject(),
              "audit entry "
                  + row.sequence()
                  + ": its subject, action or sequence columns disagree with its leaf",
              Optional.ofNullable(row.state()),
              Optional.ofNullable(entry.after()),
              Optional.of(row.sequence())));
      return;
    }
    if (!Objects.equals(entry.after(), row.state())) {
      result.mismatch(
          new StateMismatch(
              name,
              row.subject(),
              table
                  + "."
                  + stateColumn
                  + " is '"
                  + row.state()
                  + "', but the last logged decision ("
                  + entry.action()
                  + ", entry "
                  + entry.sequence()
                  + ") left it '"
                  + entry.after()
                  + "': the row was changed outside the registry",
              Optional.ofNullable(row.state()),
              Optional.ofNullable(entry.after()),
              Optional.of(entry.sequence())));
    }
  }

  private record Row(
      String subject,
      String state,
      Long sequence,
      String entrySubject,
      String entryAction,
      String leaf) {}
}
