package dev.clearance.store.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import dev.clearance.store.identity.Organization;
import dev.clearance.store.identity.User;
import dev.clearance.store.release.Model;
import dev.clearance.store.release.Release;
import dev.clearance.store.testing.BothDatabases;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AccessGrantRepositoryTest extends BothDatabases {

  private Release newRelease(Organization org) {
    Model model = tx(repos -> repos.models().create(org.id(), unique("model"), "Model"));
    return tx(repos -> repos.releases().create(model.id(), "1.0.0"));
  }

  private Organization newOrganization() {
    return tx(repos -> repos.organizations().create(unique("org"), "Org"));
  }

  private User newUser() {
    String handle = unique("ada");
    return tx(repos -> repos.users().create(handle, "Ada", null, null));
  }

  private AccessGrant request(Release release, User evaluator) {
    return tx(
        repos ->
            new AccessGrantRepository(repos.handle(), repos.clock())
                .create(release.id(), evaluator.id(), "bias probes", 30, evaluator.id(), null));
  }

  @Test
  void listRequested_waitingRequestsOfTheOrganization_acrossReleases_oldestFirst() {
    Organization org = newOrganization();
    Release first = newRelease(org);
    Release second = newRelease(org);
    Release elsewhere = newRelease(newOrganization());
    AccessGrant waiting = request(first, newUser());
    AccessGrant alsoWaiting = request(second, newUser());
    User granted = newUser();
    tx(
        repos ->
            new AccessGrantRepository(repos.handle(), repos.clock())
                .create(
                    first.id(),
                    granted.id(),
                    "granted directly",
                    null,
                    granted.id(),
                    clock.instant().plus(Duration.ofDays(30))));
    request(elsewhere, newUser());

    Page<AccessGrant> page =
        tx(
            repos ->
                new AccessGrantRepository(repos.handle(), repos.clock())
                    .listRequested(org.id(), PageRequest.first(10)));

    assertThat(page.items())
        .extracting(AccessGrant::id)
        .containsExactly(waiting.id(), alsoWaiting.id());
    assertThat(page.items()).allMatch(grant -> grant.status() == GrantStatus.REQUESTED);
  }
}
