package dev.clearance.server.release;

import dev.clearance.store.Database;
import dev.clearance.store.Repositories;
import java.util.function.Function;

/**
 * Reads that need no transaction run on a plain handle, so that on SQLite they do not take the
 * write lock that transactions begin with (docs/storage.md).
 */
public final class StoreReads {

  private StoreReads() {}

  public static <T> T read(Database db, Function<Repositories, T> work) {
    return db.withHandle(handle -> work.apply(db.repositories(handle)));
  }
}
