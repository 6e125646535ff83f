package dev.clearance.store.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.store.ConflictException;
import dev.clearance.store.MissingReferenceException;
import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import dev.clearance.store.StaleVersionException;
import dev.clearance.store.testing.BothDatabases;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MembershipRepositoryTest extends BothDatabases {

  @Test
  void add_twice_throwsConflictOnUserAndOrg() {
    User user = tx(repos -> repos.users().create(unique("member"), "Member", null, null));
    Organization org = tx(repos -> repos.organizations().create(unique("org"), "Org"));
    run(repos -> repos.memberships().add(user.id(), org.id(), OrgRole.RELEASER));
    assertThatThrownBy(
            () -> run(repos -> repos.memberships().add(user.id(), org.id(), OrgRole.ADMIN)))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.fields()).containsExactly("user_id", "org_id"));
  }

  @Test
  void add_unknownUser_throwsMissingReference() {
    Organization org = tx(repos -> repos.organizations().create(unique("org"), "Org"));
    assertThatThrownBy(
            () -> run(repos -> repos.memberships().add("no-such-user", org.id(), OrgRole.ADMIN)))
        .isInstanceOfSatisfying(
            MissingReferenceException.class, e -> assertThat(e.table()).isEqualTo("memberships"));
  }

  @Test
  void updateRole_thenStaleUpdate_secondThrows() {
    User user = tx(repos -> repos.users().create(unique("member"), "Member", null, null));
    Organization org = tx(repos -> repos.organizations().create(unique("org"), "Org"));
    run(repos -> repos.memberships().add(user.id(), org.id(), OrgRole.RELEASER));
    Membership promoted =
        tx(repos -> repos.memberships().updateRole(user.id(), org.id(), 1, OrgRole.ADMIN));
    assertThat(promoted.role()).isEqualTo(OrgRole.ADMIN);
    assertThatThrownBy(
            () ->
                run(
                    repos ->
                        repos.memberships().updateRole(user.id(), org.id(), 1, OrgRole.RELEASER)))
        .isInstanceOf(StaleVersionException.class);
  }

  @Test
  void listByOrganization_threeMembers_pagesThroughAll() {
    Organization org = tx(repos -> repos.organizations().create(unique("org"), "Org"));
    for (int i = 0; i < 3; i++) {
      User user = tx(repos -> repos.users().create(unique("m"), "M", null, null));
      run(repos -> repos.memberships().add(user.id(), org.id(), OrgRole.RELEASER));
    }
    Page<Membership> first =
        tx(repos -> repos.memberships().listByOrganization(org.id(), PageRequest.first(2)));
    Page<Membership> second =
        tx(
            repos ->
                repos
                    .memberships()
                    .listByOrganization(org.id(), PageRequest.first(2).next(first.nextCursor())));
    assertThat(first.items()).hasSize(2);
    assertThat(second.items()).hasSize(1);
    assertThat(second.next()).isEmpty();
    assertThat(second.items().get(0).userId()).isGreaterThan(first.items().get(1).userId());
  }

  @Test
  void remove_member_isGoneFromListByUser() {
    User user = tx(repos -> repos.users().create(unique("leaver"), "Leaver", null, null));
    Organization org = tx(repos -> repos.organizations().create(unique("org"), "Org"));
    run(repos -> repos.memberships().add(user.id(), org.id(), OrgRole.RELEASER));
    Boolean removed = tx(repos -> repos.memberships().remove(user.id(), org.id()));
    List<Membership> left = tx(repos -> repos.memberships().listByUser(user.id()));
    Optional<Membership> found = tx(repos -> repos.memberships().find(user.id(), org.id()));
    assertThat(removed).isTrue();
    assertThat(left).isEmpty();
    assertThat(found).isEmpty();
  }

  @Test
  void countByRole_mixedMembers_countsOnlyThatRoleInThatOrg() {
    Organization org = tx(repos -> repos.organizations().create(unique("org"), "Org"));
    Organization other = tx(repos -> repos.organizations().create(unique("org"), "Other"));
    for (OrgRole role : List.of(OrgRole.ADMIN, OrgRole.ADMIN, OrgRole.RELEASER)) {
      User user = tx(repos -> repos.users().create(unique("member"), "Member", null, null));
      run(repos -> repos.memberships().add(user.id(), org.id(), role));
    }
    User elsewhere = tx(repos -> repos.users().create(unique("member"), "Member", null, null));
    run(repos -> repos.memberships().add(elsewhere.id(), other.id(), OrgRole.ADMIN));

    Long admins = tx(repos -> repos.memberships().countByRole(org.id(), OrgRole.ADMIN));
    Long releasers = tx(repos -> repos.memberships().countByRole(org.id(), OrgRole.RELEASER));

    assertThat(admins).isEqualTo(2);
    assertThat(releasers).isEqualTo(1);
  }
}
