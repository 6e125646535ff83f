package dev.clearance.server.finding;

import dev.clearance.server.http.ApiException;
import dev.clearance.store.Database;
import dev.clearance.store.Repositories;
import dev.clearance.store.StaleVersionException;
import java.util.Map;
import java.util.function.Function;

/** Changes to a finding in one transaction; a change that raced another is a 409. */
final class Concurrent {

  private Concurrent() {}

  /**
   * Runs {@code work} in a transaction.
   *
   * @throws ApiException 409 {@code concurrent_change} when the finding changed meanwhile
   */
  static <T> T change(Database db, Function<Repositories, T> work) {
    try {
      return db.transaction(work::apply);
    } catch (StaleVersionException e) {
      throw conflict();
    }
  }

  /** The 409 of a change that raced another. */
  static ApiException conflict() {
    return ApiException.conflict(
        "concurrent_change",
        "the finding changed while this request was handled",
        Map.of(),
        "Read the finding again and repeat the request if it still applies.");
  }
}
