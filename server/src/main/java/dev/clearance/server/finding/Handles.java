package dev.clearance.server.finding;

import dev.clearance.store.Repositories;
import dev.clearance.store.identity.User;

/** Users by handle in views. */
final class Handles {

  private Handles() {}

  /** The handle of user {@code userId}, or the id if the user is gone. */
  static String of(Repositories tx, String userId) {
    return tx.users().find(userId).map(User::handle).orElse(userId);
  }
}
