package dev.clearance.server.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.ledger.note.NoteSigner;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The tokens of email verification links: what they bind, and what they refuse. */
class EmailVerificationTokenTest {

  private static final EmailVerification LINKS = links("test.clearance.dev/log");
  private static final Instant EXPIRES = Instant.parse("2026-12-09T10:00:00Z");

  private static EmailVerification links(String logName) {
    try {
      return EmailVerification.derivedFrom(NoteSigner.generate(logName));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void token_readBack_namesTheUserAndExpiryAndHoldsForTheAddressOnly() {
    String token = LINKS.token("user-1", "ada@example.org", EXPIRES);

    EmailVerification.Claim claim = LINKS.read(token).orElseThrow();

    assertThat(token).startsWith("clrv_user-1." + EXPIRES.getEpochSecond() + ".");
    assertThat(token).doesNotContain("ada").doesNotContain("example.org");
    assertThat(claim.userId()).isEqualTo("user-1");
    assertThat(claim.expires()).isEqualTo(EXPIRES);
    assertThat(claim.isFor("ada@example.org")).isTrue();
    assertThat(claim.isFor("ada@example.net")).isFalse();
    assertThat(claim.isFor(null)).isFalse();
  }

  @Test
  void token_otherUserOrLaterExpiryWrittenIn_failsItsSignature() {
    String token = LINKS.token("user-1", "ada@example.org", EXPIRES);
    String otherUser = token.replace("clrv_user-1.", "clrv_user-2.");
    String later =
        token.replace(
            "." + EXPIRES.getEpochSecond() + ".", "." + (EXPIRES.getEpochSecond() + 86400) + ".");

    assertThat(LINKS.read(otherUser).orElseThrow().isFor("ada@example.org")).isFalse();
    assertThat(LINKS.read(later).orElseThrow().isFor("ada@example.org")).isFalse();
  }

  @Test
  void token_madeUnderAnotherRegistrysKey_failsItsSignature() {
    EmailVerification other = links("other.clearance.dev/log");

    String theirs = other.token("user-1", "ada@example.org", EXPIRES);

    assertThat(LINKS.read(theirs).orElseThrow().isFor("ada@example.org")).isFalse();
  }

  @Test
  void read_malformedTokens_empty() {
    String good = LINKS.token("user-1", "ada@example.org", EXPIRES);

    assertThat(LINKS.read(null)).isEmpty();
    assertThat(LINKS.read("")).isEmpty();
    assertThat(LINKS.read(good.substring(5))).as("no prefix").isEmpty();
    assertThat(LINKS.read(good.substring(0, good.length() - 2))).as("cut short").isEmpty();
    assertThat(LINKS.read(good + "x".repeat(200))).as("too long").isEmpty();
    assertThat(LINKS.read("clrv_.1.AAAA")).isEmpty();
    assertThat(LINKS.read("clrv_user-1.soon." + good.substring(good.lastIndexOf('.') + 1)))
        .isEmpty();
    assertThat(LINKS.read(good.replace("clrv_", "clrv_\u00e9"))).as("not ASCII").isEmpty();
    assertThat(LINKS.read(good + ".extra")).isEmpty();
  }

  @Test
  void read_theSameMacWithAPaddingBitSet_empty() {
    String good = LINKS.token("user-1", "ada@example.org", EXPIRES);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    char last = good.charAt(good.length() - 1);
    // 32 bytes are 43 characters; the last one holds 4 bits of the MAC and 2 bits written as zero.
    String repadded =
        good.substring(0, good.length() - 1) + alphabet.charAt(alphabet.indexOf(last) ^ 1);

    assertThat(LINKS.read(good)).isPresent();
    assertThat(
            java.util.Base64.getUrlDecoder()
                .decode(repadded.substring(repadded.lastIndexOf('.') + 1)))
        .as("a lenient decoder reads the same MAC")
        .isEqualTo(
            java.util.Base64.getUrlDecoder().decode(good.substring(good.lastIndexOf('.') + 1)));
    assertThat(LINKS.read(repadded)).as("only the registry's own encoding is read").isEmpty();
  }
}
