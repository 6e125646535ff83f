package dev.clearance.release;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The states of a release (REV-1). A release is created as a {@link #DRAFT}, reviewed, approved,
 * optionally rolled out in stages and released; afterwards it can be deprecated, retracted,
 * superseded by a newer version or reverted from (the recommended version moves back).
 */
public enum ReleaseState {
  DRAFT,
  SUBMITTED,
  IN_REVIEW,
  AWAITING_RESPONSES,
  APPROVED,
  STAGED,
  RELEASED,
  DEPRECATED,
  RETRACTED,
  SUPERSEDED,
  REVERTED;

  /** The name used in the API, the database and the audit log ({@code in_review}, ...). */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * True for the states before a release is made public ({@link #DRAFT} to {@link #STAGED}). A
   * {@link #RETRACTED} release is public only if it was released before it was retracted; callers
   * decide that from the release's history.
   */
  public boolean isPreRelease() {
    return ordinal() <= STAGED.ordinal();
  }

  /**
   * Parses a wire name.
   *
   * @throws IllegalArgumentException naming the allowed values when {@code wireName} is unknown
   */
  public static ReleaseState fromWireName(String wireName) {
    for (ReleaseState state : values()) {
      if (state.wireName().equals(wireName)) {
        return state;
      }
    }
    throw new IllegalArgumentException(
        "unknown release state '" + wireName + "'; expected one of " + allWireNames());
  }

  static String allWireNames() {
    return Arrays.stream(values()).map(ReleaseState::wireName).collect(Collectors.joining(", "));
  }
}
