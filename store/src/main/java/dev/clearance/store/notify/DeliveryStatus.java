package dev.clearance.store.notify;

import java.util.Locale;

/** Where a delivery stands. */
public enum DeliveryStatus {
  /** Not yet sent successfully; the job tries again at its next attempt time. */
  PENDING,
  /** Accepted by the receiver. */
  DELIVERED,
  /** Given up after the last allowed attempt. */
  FAILED;

  /** The stored text, e.g. {@code pending}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The status stored as {@code code}.
   *
   * @throws IllegalArgumentException for an unknown code
   */
  public static DeliveryStatus fromCode(String code) {
    for (DeliveryStatus status : values()) {
      if (status.code().equals(code)) {
        return status;
      }
    }
    throw new IllegalArgumentException("unknown delivery status '" + code + "'");
  }
}
