package dev.clearance.server.release;

import dev.clearance.store.Repositories;
import dev.clearance.store.identity.User;
import dev.clearance.store.release.Release;
import dev.clearance.store.release.Waiver;
import java.util.List;

/**
 * A steward's waiver of a guard for one release.
 *
 * @param steward the handle of the steward who waived it
 * @param at ISO-8601 instant
 */
public record WaiverView(String guard, String steward, String reason, String at) {

  /** The waivers of {@code release}, oldest first, read in {@code tx}. */
  public static List<WaiverView> of(Repositories tx, Release release) {
    return tx.waivers().listByRelease(release.id()).stream().map(waiver -> of(tx, waiver)).toList();
  }

  private static WaiverView of(Repositories tx, Waiver waiver) {
    return new WaiverView(
        waiver.requirement(),
        tx.users().find(waiver.stewardId()).map(User::handle).orElse(waiver.stewardId()),
        waiver.reason(),
        Times.iso(waiver.createdAt()));
  }
}
