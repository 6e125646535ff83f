package dev.clearance.store.notify;

import java.util.Locale;

/** How a delivery leaves the registry. */
public enum DeliveryChannel {
  /** An HTTP POST to a registered webhook, signed with its secret. */
  WEBHOOK,
  /** An email to a user's address. */
  EMAIL;

  /** The stored text, e.g. {@code webhook}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The channel stored as {@code code}.
   *
   * @throws IllegalArgumentException for an unknown code
   */
  public static DeliveryChannel fromCode(String code) {
    for (DeliveryChannel channel : values()) {
      if (channel.code().equals(code)) {
        return channel;
      }
    }
    throw new IllegalArgumentException("unknown delivery channel '" + code + "'");
  }
}
