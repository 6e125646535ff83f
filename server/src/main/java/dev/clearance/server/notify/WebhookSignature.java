package dev.clearance.server.notify;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How webhook deliveries are signed (docs/notifications.md): {@code Clearance-Signature: sha256=}
 * followed by the lowercase hex HMAC-SHA256, keyed with the webhook's secret, of the text {@code
 * <Clearance-Timestamp> + "." + <body>}. A receiver recomputes it, compares in constant time, and
 * rejects timestamps too far from its clock (replays).
 */
public final class WebhookSignature {

  /** The delivery's id: the same on every attempt, so receivers can drop duplicates. */
  public static final String DELIVERY_HEADER = "Clearance-Delivery";

  /** The notification kind, e.g. {@code window_opened}. */
  public static final String EVENT_HEADER = "Clearance-Event";

  /** Unix time in seconds when this attempt was signed. */
  public static final String TIMESTAMP_HEADER = "Clearance-Timestamp";

  /** {@code sha256=<hex>}. */
  public static final String SIGNATURE_HEADER = "Clearance-Signature";

  private WebhookSignature() {}

  /** The {@link #SIGNATURE_HEADER} value for {@code body} sent at {@code timestamp}. */
  public static String sign(String secret, long timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("every JDK has HmacSHA256", e);
    }
  }

  /**
   * Whether {@code signature} is the signature of {@code body} at {@code timestamp} under {@code
   * secret}, compared in constant time. Receivers also check the timestamp's age.
   */
  public static boolean verify(String secret, long timestamp, byte[] body, String signature) {
    if (signature == null) {
      return false;
    }
    return MessageDigest.isEqual(
        sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII),
        signature.getBytes(StandardCharsets.US_ASCII));
  }
}
