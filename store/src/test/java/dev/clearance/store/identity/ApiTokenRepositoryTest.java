package dev.clearance.store.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import dev.clearance.store.testing.BothDatabases;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiTokenRepositoryTest extends BothDatabases {

  private User newUser() {
    return tx(repos -> repos.users().create(unique("pipeline"), "Pipeline", null, null));
  }

  @Test
  void create_secret_hasPrefixAndIsNotStored() {
    User user = newUser();
    NewApiToken created = tx(repos -> repos.apiTokens().create(user.id(), "ci", null));
    assertThat(created.secret()).matches("clr_[A-Za-z0-9_-]{43}");
    assertThat(created.token().prefix()).isEqualTo(created.secret().substring(0, 12));
    assertThat(created.toString()).doesNotContain(created.secret());
    Long rowsWithSecret =
        db.withHandle(
            handle ->
                handle
                    .createQuery("SELECT COUNT(*) FROM api_tokens WHERE secret_hash = :s")
                    .bind("s", created.secret())
                    .mapTo(Long.class)
                    .one());
    assertThat(rowsWithSecret).isZero();
  }

  @Test
  void authenticate_validSecret_acceptsAndRecordsUse() {
    User user = newUser();
    NewApiToken created = tx(repos -> repos.apiTokens().create(user.id(), "ci", null));
    clock.advance(Duration.ofMinutes(5));
    TokenCheck check = tx(repos -> repos.apiTokens().authenticate(created.secret()));
    assertThat(check)
        .isInstanceOfSatisfying(
            TokenCheck.Accepted.class,
            accepted -> {
              assertThat(accepted.user().id()).isEqualTo(user.id());
              assertThat(accepted.token().lastUsedAt()).isEqualTo(clock.instant());
            });
  }

  @Test
  void authenticate_oneCharacterChanged_isUnknown() {
    User user = newUser();
    NewApiToken created = tx(repos -> repos.apiTokens().create(user.id(), "ci", null));
    String secret = created.secret();
    char last = secret.charAt(secret.length() - 1);
    String altered = secret.substring(0, secret.length() - 1) + (last == 'A' ? 'B' : 'A');
    TokenCheck check = tx(repos -> repos.apiTokens().authenticate(altered));
    assertThat(check).isEqualTo(new TokenCheck.Refused(TokenCheck.Reason.UNKNOWN));
  }

  @Test
  void authenticate_garbage_isMalformed() {
    TokenCheck check = tx(repos -> repos.apiTokens().authenticate("Bearer nonsense"));
    assertThat(check).isEqualTo(new TokenCheck.Refused(TokenCheck.Reason.MALFORMED));
  }

  @Test
  void authenticate_revoked_isRefusedAsRevoked() {
    User user = newUser();
    NewApiToken created = tx(repos -> repos.apiTokens().create(user.id(), "ci", null));
    Boolean revoked = tx(repos -> repos.apiTokens().revoke(created.token().id(), user.id()));
    Boolean again = tx(repos -> repos.apiTokens().revoke(created.token().id(), user.id()));
    TokenCheck check = tx(repos -> repos.apiTokens().authenticate(created.secret()));
    assertThat(revoked).isTrue();
    assertThat(again).isFalse();
    assertThat(check).isEqualTo(new TokenCheck.Refused(TokenCheck.Reason.REVOKED));
  }

  @Test
  void revoke_anotherUsersToken_doesNothing() {
    User owner = newUser();
    User other = newUser();
    NewApiToken created = tx(repos -> repos.apiTokens().create(owner.id(), "ci", null));
    Boolean revoked = tx(repos -> repos.apiTokens().revoke(created.token().id(), other.id()));
    TokenCheck check = tx(repos -> repos.apiTokens().authenticate(created.secret()));
    assertThat(revoked).isFalse();
    assertThat(check).isInstanceOf(TokenCheck.Accepted.class);
  }

  @Test
  void authenticate_afterExpiry_isRefusedAsExpired() {
    User user = newUser();
    NewApiToken created =
        tx(
            repos ->
                repos
                    .apiTokens()
                    .create(user.id(), "short", clock.instant().plus(Duration.ofDays(1))));
    TokenCheck before = tx(repos -> repos.apiTokens().authenticate(created.secret()));
    clock.advance(Duration.ofDays(1));
    TokenCheck after = tx(repos -> repos.apiTokens().authenticate(created.secret()));
    assertThat(before).isInstanceOf(TokenCheck.Accepted.class);
    assertThat(after).isEqualTo(new TokenCheck.Refused(TokenCheck.Reason.EXPIRED));
  }

  @Test
  void authenticate_disabledUser_isRefused() {
    User user = newUser();
    NewApiToken created = tx(repos -> repos.apiTokens().create(user.id(), "ci", null));
    run(repos -> repos.users().updateStatus(user.id(), 1, UserStatus.DISABLED));
    TokenCheck check = tx(repos -> repos.apiTokens().authenticate(created.secret()));
    assertThat(check).isEqualTo(new TokenCheck.Refused(TokenCheck.Reason.USER_DISABLED));
  }

  @Test
  void listByUser_twoTokens_listsPrefixesOnly() {
    User user = newUser();
    run(repos -> repos.apiTokens().create(user.id(), "one", null));
    // Ids order by millisecond; within one millisecond their order is random.
    clock.advance(Duration.ofMillis(1));
    run(repos -> repos.apiTokens().create(user.id(), "two", null));
    List<ApiToken> tokens = tx(repos -> repos.apiTokens().listByUser(user.id()));
    assertThat(tokens).extracting(ApiToken::name).containsExactly("one", "two");
  }

  @Test
  void listByUser_paged_walksAllTokensOfThatUserInOrder() {
    User user = newUser();
    User other = newUser();
    for (String name : List.of("a", "b", "c")) {
      run(repos -> repos.apiTokens().create(user.id(), name, null));
      clock.advance(Duration.ofMillis(1));
    }
    run(repos -> repos.apiTokens().create(other.id(), "x", null));

    Page<ApiToken> first =
        tx(repos -> repos.apiTokens().listByUser(user.id(), PageRequest.first(2)));
    Page<ApiToken> second =
        tx(
            repos ->
                repos
                    .apiTokens()
                    .listByUser(user.id(), PageRequest.first(2).next(first.nextCursor())));

    assertThat(first.items()).extracting(ApiToken::name).containsExactly("a", "b");
    assertThat(second.items()).extracting(ApiToken::name).containsExactly("c");
    assertThat(second.next()).isEmpty();
  }
}
