package dev.clearance.server.review;

import dev.clearance.policy.Policy;
import dev.clearance.server.http.ApiException;
import dev.clearance.store.release.Release;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * How long an access grant lasts (REV-3): the days asked for, at most the policy's {@code
 * max_grant_days}; by default until the review window ends plus the period in which evaluators may
 * contest responses, or the policy's longest grant while no window has started.
 */
final class GrantTerms {

  private GrantTerms() {}

  /**
   * When access granted now for {@code days} (or the default) ends.
   *
   * @throws ApiException 400 when {@code days} is outside 1 to the policy's maximum
   */
  static Instant expiry(Policy policy, Release release, Integer days, Instant now) {
    int max = policy.review().maxGrantDays();
    if (days != null && (days < 1 || days > max)) {
      throw ApiException.badRequest(
          "invalid_value",
          "days must be from 1 to "
              + max
              + " (the longest grant under policy "
              + policy.ref()
              + ")",
          Map.of("field", "days"),
          "Ask for at most " + max + " days, or leave days out for the default.");
    }
    return now.plus(Duration.ofDays(days != null ? days : defaultDays(policy, release, now)));
  }

  private static long defaultDays(Policy policy, Release release, Instant now) {
    int max = policy.review().maxGrantDays();
    if (release.windowEndsAt() == null || !release.windowEndsAt().isAfter(now)) {
      return release.windowEndsAt() == null ? max : Math.min(max, policy.review().contestDays());
    }
    long windowLeft = Duration.between(now, release.windowEndsAt()).toDays() + 1;
    return Math.min(max, windowLeft + policy.review().contestDays());
  }
}
