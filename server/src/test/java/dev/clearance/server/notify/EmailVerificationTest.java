package dev.clearance.server.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.server.identity.EmailVerificationEndpoints;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.TestMailbox;
import dev.clearance.store.audit.StoredEntry;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Verifying email addresses (OPS-3: nobody gets notifications emailed to an address they do not
 * read): a new address gets a link, notifications wait until it is verified, and a link works only
 * for the address it was sent to, until it expires.
 */
class EmailVerificationTest extends MailTestBase {

  private Notified notifyUser(ApiClient client, String title) {
    return notifyNow(event(NotificationKind.RESPONSE_DUE, title, Recipients.users(userId(client))));
  }

  private static ApiResponse requestLink(ApiClient client) {
    return client.post("/api/v1/me/email-verification", "");
  }

  @Test
  void setEmail_linkEmailed_notificationsWaitUntilTheAddressIsVerified() throws Exception {
    ApiClient user = user("newcomer");
    String address = user.name() + "@example.org";

    ApiResponse set = setEmail(user, address);
    deliver();
    List<MimeMessage> sent = messagesTo(address);
    Notified before = notifyUser(user, "Before verifying");
    deliver();
    int afterUnverified = messagesTo(address).size();
    ApiResponse verified = sendToken(mailbox.verificationToken(address));
    Notified after = notifyUser(user, "After verifying");
    deliver();

    assertThat(set.json().path("emailVerified").asBoolean()).isFalse();
    assertThat(sent).hasSize(1);
    assertThat(subject(sent.get(0))).isEqualTo("[Clearance] Verify your email address");
    assertThat(TestMailbox.text(sent.get(0)))
        .contains("'" + user.name() + "'")
        .contains("/account/verify-email?token=clrv_")
        .contains("POST /api/v1/email-verifications");
    assertThat(before.deliveries()).as("no email to an unverified address").isZero();
    assertThat(afterUnverified).isEqualTo(1);
    assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
    assertThat(verified.json().path("email").asText()).isEqualTo(address);
    assertThat(verified.json().path("emailVerified").asBoolean()).isTrue();
    assertThat(user.get("/api/v1/me").json().path("emailVerified").asBoolean()).isTrue();
    assertThat(after.deliveries()).isOne();
    assertThat(messagesTo(address))
        .extracting(MailTestBase::subject)
        .last()
        .isEqualTo("[Clearance] After verifying");
    List<StoredEntry> audit = tx(repos -> repos.audit().entriesAbout(userId(user), true));
    assertThat(audit).anySatisfy(entry -> assertThat(entry.leaf()).contains("user.verify_email"));
    assertThat(audit).noneSatisfy(entry -> assertThat(entry.leaf()).contains("clrv_"));
  }

  @Test
  void verify_sameTokenTwice_secondAnswerSaysVerifiedAndChangesNothing() throws Exception {
    ApiClient user = user("twice");
    String token = linkSentTo(user, "example.org");

    ApiResponse first = sendToken(token);
    long version = tx(repos -> repos.users().findByHandle(user.name())).orElseThrow().version();
    ApiResponse second = sendToken(token);

    assertThat(first.status()).isEqualTo(200);
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.json().path("emailVerified").asBoolean()).isTrue();
    assertThat(tx(repos -> repos.users().findByHandle(user.name())).orElseThrow().version())
        .isEqualTo(version);
  }

  @Test
  void verify_linkOfAnEarlierAddress_400AndTheNewAddressStaysUnverified() throws Exception {
    ApiClient user = user("mover");
    String oldToken = linkSentTo(user, "example.org");
    setEmail(user, address(user, "elsewhere.org"));

    ApiResponse refused = sendToken(oldToken);

    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.code()).isEqualTo("invalid_token");
    assertThat(refused.json().path("message").asText()).contains("current address");
    assertThat(refused.json().path("hint").asText()).contains("/api/v1/me/email-verification");
    assertThat(user.get("/api/v1/me").json().path("emailVerified").asBoolean()).isFalse();
  }

  @Test
  void verify_expiredLink_410NamingWhenItExpired() throws Exception {
    ApiClient user = user("late");
    String token = linkSentTo(user, "example.org");
    clock.advance(EmailVerification.VALID_FOR.plusMinutes(1));

    ApiResponse expired = sendToken(token);

    assertThat(expired.status()).as(expired.toString()).isEqualTo(410);
    assertThat(expired.code()).isEqualTo("token_expired");
    assertThat(expired.json().path("details").path("expiredAt").asText()).isNotEmpty();
    assertThat(user.get("/api/v1/me").json().path("emailVerified").asBoolean()).isFalse();
  }

  @Test
  void verify_forgedMalformedOrMissingToken_400NamingTheToken() throws Exception {
    ApiClient user = user("forger");
    String token = linkSentTo(user, "example.org");
    int mac = token.lastIndexOf('.') + 1;
    char first = token.charAt(mac); // its six bits are all data, unlike the last character's
    String forged = token.substring(0, mac) + (first == 'A' ? 'B' : 'A') + token.substring(mac + 1);
    // The last character carries four bits of the MAC and two padding bits, which the registry
    // writes as zero: the same MAC with a padding bit set is not a token the registry made.
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    char last = token.charAt(token.length() - 1);
    String repadded =
        token.substring(0, token.length() - 1) + alphabet.charAt(alphabet.indexOf(last) ^ 1);
    String otherUser = token.replaceFirst("clrv_[^.]+", "clrv_" + userId(steward));

    List<ApiResponse> refused =
        List.of(
            sendToken(forged),
            sendToken(repadded),
            sendToken(otherUser),
            sendToken("clrv_not.a.token"),
            sendToken("<script>alert(1)</script>"),
            anonymous.post("/api/v1/email-verifications", "{}"));

    assertThat(refused).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(400));
    assertThat(refused.subList(0, 5))
        .allSatisfy(r -> assertThat(r.code()).isEqualTo("invalid_token"));
    assertThat(refused).allSatisfy(r -> assertThat(r.body()).doesNotContain("<script>"));
    assertThat(user.get("/api/v1/me").json().path("emailVerified").asBoolean()).isFalse();
  }

  @Test
  void requestLink_againWithinAMinute_429ThenAfterAMinuteANewLink() throws Exception {
    ApiClient user = user("impatient");
    String address = address(user, "example.org");
    linkSentTo(user, "example.org");

    ApiResponse tooSoon = requestLink(user);
    clock.advance(EmailVerificationEndpoints.RESEND_AFTER.plusSeconds(1));
    ApiResponse again = requestLink(user);
    deliver();
    String newest = mailbox.verificationToken(address);

    assertThat(tooSoon.status()).as(tooSoon.toString()).isEqualTo(429);
    assertThat(tooSoon.code()).isEqualTo("too_soon");
    assertThat(tooSoon.headers().firstValue("Retry-After").orElse("")).matches("\\d+");
    assertThat(again.status()).as(again.toString()).isEqualTo(202);
    assertThat(again.json().path("linkSent").asBoolean()).isTrue();
    assertThat(messagesTo(address)).hasSize(2);
    assertThat(sendToken(newest).status()).isEqualTo(200);
  }

  @Test
  void requestLink_noAddressOrVerifiedAlready_409SayingSo() throws Exception {
    ApiClient without = user("noaddress");
    ApiClient done = user("done");
    String address = done.name() + "@example.org";
    setEmail(done, address);
    verifyEmail(done, address);
    clock.advance(Duration.ofMinutes(2));

    ApiResponse noAddress = requestLink(without);
    ApiResponse verified = requestLink(done);

    assertThat(noAddress.status()).isEqualTo(409);
    assertThat(noAddress.code()).isEqualTo("no_email");
    assertThat(verified.status()).isEqualTo(409);
    assertThat(verified.code()).isEqualTo("already_verified");
  }

  private ApiResponse signUp(String handle, String address) {
    return anonymous.post(
        "/api/v1/users",
        "{\"handle\": \""
            + handle
            + "\", \"displayName\": \"Joiner\", \"email\": \""
            + address
            + "\", \"password\": \"correct horse battery staple\"}");
  }

  @Test
  void signUp_withEmail_linkEmailedToTheNewAccount() throws Exception {
    String handle = unique("joiner");
    String address = handle + "@example.org";

    ApiResponse created = signUp(handle, address);
    deliver();

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().path("emailVerified").asBoolean()).isFalse();
    assertThat(sendToken(mailbox.verificationToken(address)).status()).isEqualTo(200);
  }

  @Test
  void webhook_cannotSubscribeToVerificationLinks() {
    String org = organization("hooks");
    ApiClient admin = member(org, dev.clearance.store.identity.OrgRole.ADMIN, "hookadmin");

    ApiResponse refused =
        admin.post(
            "/api/v1/orgs/" + org + "/webhooks",
            "{\"url\": \"https://receiver.example.org/hook\", \"events\":"
                + " [\"email_verification\"]}");

    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.json().path("details").path("field").asText()).isEqualTo("events");
  }

  @Test
  void signUp_addressHeldUnverifiedByAnother_theNewAccountTakesItAndVerifiesIt() throws Exception {
    ApiClient squatter = user("squatter");
    String address = unique("owner") + "@example.org";
    setEmail(squatter, address);
    String handle = unique("owner");

    ApiResponse created = signUp(handle, address);
    deliver();
    ApiResponse verified = sendToken(mailbox.verificationToken(address));

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(squatter.get("/api/v1/me").json().has("email")).isFalse();
    assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
    assertThat(verified.json().path("handle").asText()).isEqualTo(handle);
    List<StoredEntry> audit = tx(repos -> repos.audit().entriesAbout(userId(squatter), true));
    assertThat(audit).anySatisfy(e -> assertThat(e.leaf()).contains("user.email_released"));
    assertThat(audit).noneSatisfy(e -> assertThat(e.leaf()).contains(address));
  }

  @Test
  void claimAddress_verifiedByAnother_409TakenAndTheHolderKeepsIt() throws Exception {
    ApiClient holder = user("holder");
    ApiClient other = user("other");
    String address = address(holder, "example.org");
    setEmail(holder, address);
    verifyEmail(holder, address);

    ApiResponse signUp = signUp(unique("copycat"), address);
    ApiResponse patch = setEmail(other, address);

    assertThat(signUp.status()).as(signUp.toString()).isEqualTo(409);
    assertThat(signUp.json().path("details").path("field").asText()).isEqualTo("email");
    assertThat(patch.status()).as(patch.toString()).isEqualTo(409);
    ApiResponse me = holder.get("/api/v1/me");
    assertThat(me.json().path("email").asText()).isEqualTo(address);
    assertThat(me.json().path("emailVerified").asBoolean()).isTrue();
  }
}
