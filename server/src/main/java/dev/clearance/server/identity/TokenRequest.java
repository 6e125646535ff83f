package dev.clearance.server.identity;

import dev.clearance.store.Names;

/**
 * Body of {@code POST /api/v1/me/tokens}.
 *
 * @param name a label unique among the caller's tokens, e.g. {@code ci-pipeline}
 * @param expiresInDays 1 to {@value #MAX_DAYS}, or absent for a token without expiry
 * @throws IllegalArgumentException naming the field when one is missing or out of range
 */
public record TokenRequest(String name, Integer expiresInDays) {

  /** Longest lifetime a token may be given, in days (ten years). */
  public static final int MAX_DAYS = 3650;

  public TokenRequest {
    name = Names.checkText("name", name);
    if (expiresInDays != null && (expiresInDays < 1 || expiresInDays > MAX_DAYS)) {
      throw new IllegalArgumentException(
          "expiresInDays is " + expiresInDays + "; it must be from 1 to " + MAX_DAYS);
    }
  }
}
