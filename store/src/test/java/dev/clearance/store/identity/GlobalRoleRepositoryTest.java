package dev.clearance.store.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.store.ConflictException;
import dev.clearance.store.testing.BothDatabases;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GlobalRoleRepositoryTest extends BothDatabases {

  @Test
  void grant_twoRoles_rolesOfListsBoth() {
    User user = tx(repos -> repos.users().create(unique("multi"), "Multi", null, null));
    run(repos -> repos.globalRoles().grant(user.id(), GlobalRole.EVALUATOR, null, null));
    run(repos -> repos.globalRoles().grant(user.id(), GlobalRole.AUDITOR, null, null));
    Set<GlobalRole> roles = tx(repos -> repos.globalRoles().rolesOf(user.id()));
    assertThat(roles).containsExactlyInAnyOrder(GlobalRole.EVALUATOR, GlobalRole.AUDITOR);
  }

  @Test
  void callerRoles_membershipsAndLiveRoles_readTogetherWithoutExpiredOnes() {
    User user = tx(repos -> repos.users().create(unique("caller"), "Caller", null, null));
    Organization first = tx(repos -> repos.organizations().create(unique("org"), "First"));
    Organization second = tx(repos -> repos.organizations().create(unique("org"), "Second"));
    run(repos -> repos.memberships().add(user.id(), first.id(), OrgRole.ADMIN));
    run(repos -> repos.memberships().add(user.id(), second.id(), OrgRole.RELEASER));
    run(repos -> repos.globalRoles().grant(user.id(), GlobalRole.STEWARD, null, null));
    run(
        repos ->
            repos
                .globalRoles()
                .grant(user.id(), GlobalRole.AUDITOR, null, clock.instant().plusSeconds(60)));
    clock.advance(Duration.ofSeconds(60));

    CallerRoles roles = tx(repos -> repos.globalRoles().callerRoles(user.id()));

    assertThat(roles.roles()).containsExactly(GlobalRole.STEWARD);
    assertThat(roles.memberships())
        .isEqualTo(Map.of(first.slug(), OrgRole.ADMIN, second.slug(), OrgRole.RELEASER));
  }

  @Test
  void callerRoles_userWithoutAny_isEmpty() {
    User user = tx(repos -> repos.users().create(unique("none"), "None", null, null));

    CallerRoles roles = tx(repos -> repos.globalRoles().callerRoles(user.id()));

    assertThat(roles.roles()).isEmpty();
    assertThat(roles.memberships()).isEmpty();
  }

  @Test
  void grant_sameRoleTwice_throwsConflict() {
    User user = tx(repos -> repos.users().create(unique("twice"), "Twice", null, null));
    run(repos -> repos.globalRoles().grant(user.id(), GlobalRole.EVALUATOR, null, null));
    assertThatThrownBy(
            () ->
                run(
                    repos ->
                        repos.globalRoles().grant(user.id(), GlobalRole.EVALUATOR, null, null)))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void grant_expiring_lapsesWhenTheClockPassesIt() {
    User user = tx(repos -> repos.users().create(unique("timed"), "Timed", null, null));
    run(
        repos ->
            repos
                .globalRoles()
                .grant(user.id(), GlobalRole.EVALUATOR, null, clock.instant().plusSeconds(60)));
    Boolean before = tx(repos -> repos.globalRoles().has(user.id(), GlobalRole.EVALUATOR));
    clock.advance(Duration.ofSeconds(60));
    Boolean after = tx(repos -> repos.globalRoles().has(user.id(), GlobalRole.EVALUATOR));
    assertThat(before).isTrue();
    assertThat(after).isFalse();
    run(repos -> repos.globalRoles().grant(user.id(), GlobalRole.EVALUATOR, null, null));
    Boolean regranted = tx(repos -> repos.globalRoles().has(user.id(), GlobalRole.EVALUATOR));
    assertThat(regranted).isTrue();
  }

  @Test
  void revoke_heldRole_removesItFromHolders() {
    User user = tx(repos -> repos.users().create(unique("revoked"), "Revoked", null, null));
    run(repos -> repos.globalRoles().grant(user.id(), GlobalRole.AUDITOR, null, null));
    Boolean revoked = tx(repos -> repos.globalRoles().revoke(user.id(), GlobalRole.AUDITOR));
    List<RoleGrant> holders = tx(repos -> repos.globalRoles().holders(GlobalRole.AUDITOR));
    assertThat(revoked).isTrue();
    assertThat(holders).extracting(RoleGrant::userId).doesNotContain(user.id());
  }
}
