package dev.clearance.server.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The webhook signature as docs/notifications.md describes it, against a fixed vector. */
class WebhookSignatureTest {

  private static final byte[] BODY = "{\"deliveryId\":\"d\"}".getBytes(StandardCharsets.UTF_8);

  @Test
  void sign_knownVector_matchesHmacSha256OfTimestampDotBody() {
    // printf '%s' '1700000000.{"deliveryId":"d"}' | openssl dgst -sha256 -hmac whsec_test
    assertThat(WebhookSignature.sign("whsec_test", 1_700_000_000L, BODY))
        .isEqualTo("sha256=5c46a46fcba00bb752b41fe98aed714af9db3ff30876e687e74fdea8b50c642f");
  }

  @Test
  void verify_changedBodyTimestampOrSecret_fails() {
    String signature = WebhookSignature.sign("whsec_test", 1_700_000_000L, BODY);

    assertThat(WebhookSignature.verify("whsec_test", 1_700_000_000L, BODY, signature)).isTrue();
    assertThat(
            WebhookSignature.verify(
                "whsec_test", 1_700_000_000L, "{}".getBytes(StandardCharsets.UTF_8), signature))
        .isFalse();
    assertThat(WebhookSignature.verify("whsec_test", 1_700_000_001L, BODY, signature)).isFalse();
    assertThat(WebhookSignature.verify("whsec_other", 1_700_000_000L, BODY, signature)).isFalse();
    assertThat(WebhookSignature.verify("whsec_test", 1_700_000_000L, BODY, null)).isFalse();
  }
}
