package dev.clearance.store.identity;

import java.time.Instant;
import java.util.Objects;

/**
 * A person or pipeline account.
 *
 * @param id UUIDv7 text
 * @param handle unique lowercase name, see {@link dev.clearance.store.Names#checkSlug}
 * @param displayName the name shown to people
 * @param email unique lowercase address, or {@code null}
 * @param emailVerifiedAt when the owner verified {@code email} (by a link sent to it), or {@code
 *     null} while unverified; notifications are emailed only to a verified address
 * @param passwordHash a {@link PasswordHasher} encoding, or {@code null} for token-only accounts
 * @param version optimistic-concurrency version, 1 when created
 */
public record User(
    String id,
    String handle,
    String displayName,
    String email,
    Instant emailVerifiedAt,
    String passwordHash,
    UserStatus status,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  /** Checks that no required field is missing. */
  public User {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(handle, "handle");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /** Whether the user has an address and verified it. */
  public boolean emailVerified() {
    return email != null && emailVerifiedAt != null;
  }

  /** Whether the user may act. */
  public boolean isActive() {
    return status == UserStatus.ACTIVE;
  }

  /** Leaves the password hash out, so logs never carry it. */
  @Override
  public String toString() {
    return "User[id="
        + id
        + ", handle="
        + handle
        + ", status="
        + status
        + ", version="
        + version
        + "]";
  }
}
