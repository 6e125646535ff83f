package dev.clearance.server.identity;

import dev.clearance.server.http.ApiException;
import dev.clearance.store.ConflictException;
import dev.clearance.store.Database;
import dev.clearance.store.MissingReferenceException;
import dev.clearance.store.NotFoundException;
import dev.clearance.store.Repositories;
import dev.clearance.store.StaleVersionException;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs the work of a request in one transaction and turns the store's expected failures into API
 * errors: a taken unique value is a 409 naming the field, a stale version a 412, a vanished row a
 * 404. The transaction is rolled back in every case.
 */
final class StoreCalls {

  private static final Map<String, String> SINGULAR =
      Map.of(
          "users", "user",
          "organizations", "organization",
          "memberships", "membership",
          "api_tokens", "API token",
          "global_roles", "role grant");

  private StoreCalls() {}

  /** Runs {@code work} in one transaction; see the class comment for the errors. */
  static <T> T transaction(Database db, Database.RepositoriesCallback<T, RuntimeException> work) {
    try {
      return db.transaction(work);
    } catch (ConflictException e) {
      throw conflict(e);
    } catch (StaleVersionException e) {
      throw ApiException.stale(
          "the " + SINGULAR.getOrDefault(e.table(), e.table()),
          e.expectedVersion(),
          e.actualVersion());
    } catch (NotFoundException e) {
      throw ApiException.notFound("the " + SINGULAR.getOrDefault(e.table(), e.table()));
    } catch (MissingReferenceException e) {
      throw ApiException.conflict(
          "changed_meanwhile",
          "something this request refers to was removed meanwhile",
          Map.of(),
          "Read the resources again and retry.");
    }
  }

  /**
   * Runs reads on a connection without a transaction (on SQLite a transaction would take the write
   * lock).
   */
  static <T> T read(Database db, Function<Repositories, T> work) {
    return db.withHandle(handle -> work.apply(db.repositories(handle)));
  }

  /** Runs {@code work} in one transaction without a result. */
  static void run(Database db, Consumer<Repositories> work) {
    transaction(
        db,
        tx -> {
          work.accept(tx);
          return null;
        });
  }

  /** 409 for a unique value that is taken, naming the API field. */
  static ApiException conflict(ConflictException e) {
    String field = e.field();
    String what = SINGULAR.getOrDefault(e.table(), e.table());
    return ApiException.conflict(
        "taken",
        "another " + what + " already has this " + field,
        Map.of("field", field),
        "Choose a different " + field + ".");
  }

  /**
   * Serializes this transaction against every other transaction that takes the audit log's tree
   * lock until commit (membership and role changes, evaluator and auditor decisions, the log's
   * sequencer); taking it first makes a check-then-act (such as "not the last admin") hold on
   * PostgreSQL too. Other decisions only queue their audit events and do not wait for it. SQLite
   * transactions hold the write lock anyway.
   */
  static void serialize(Repositories tx) {
    tx.audit().lockTree();
  }
}
