package dev.clearance.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.store.identity.Session;
import dev.clearance.store.identity.User;
import dev.clearance.store.testing.BothDatabases;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Two registry instances sharing one database run each job on one of them at a time. */
class BackgroundJobsTest extends BothDatabases {

  @Test
  void runOnce_twoInstances_onlyTheLeaseHolderRunsUntilTheLeaseExpires() {
    AtomicInteger runs = new AtomicInteger();
    BackgroundJob job =
        new BackgroundJob(unique("count"), Duration.ofMinutes(5), tx -> runs.incrementAndGet());
    BackgroundJobs first = new BackgroundJobs(db, List.of(job), "first");
    BackgroundJobs second = new BackgroundJobs(db, List.of(job), "second");

    assertThat(first.runOnce(job)).isTrue();
    assertThat(second.runOnce(job)).isFalse();
    assertThat(first.runOnce(job)).isTrue();
    clock.advance(Duration.ofMinutes(6));
    assertThat(second.runOnce(job)).isTrue();
    assertThat(first.runOnce(job)).isFalse();
    assertThat(runs).hasValue(3);
  }

  @Test
  void expiredSessionsJob_removesOnlyExpiredSessions() {
    User user = tx(tx -> tx.users().create(unique("user"), "User", null, null));
    String expired = tx(tx -> tx.sessions().create(user.id(), Duration.ofMinutes(5))).secret();
    clock.advance(Duration.ofMinutes(10));
    String live = tx(tx -> tx.sessions().create(user.id(), Duration.ofDays(1))).secret();
    BackgroundJob job =
        RegistryJobs.all().stream()
            .filter(candidate -> candidate.name().equals("expired-sessions"))
            .findFirst()
            .orElseThrow();

    assertThat(new BackgroundJobs(db, List.of(job), unique("instance")).runOnce(job)).isTrue();

    long remaining =
        tx(
            tx ->
                tx.handle()
                    .createQuery("SELECT COUNT(*) FROM sessions WHERE user_id = ?")
                    .bind(0, user.id())
                    .mapTo(Long.class)
                    .one());
    assertThat(remaining).isEqualTo(1);
    Optional<Session> liveSession = tx(tx -> tx.sessions().find(live));
    Optional<Session> expiredSession = tx(tx -> tx.sessions().find(expired));
    assertThat(liveSession).isPresent();
    assertThat(expiredSession).isEmpty();
  }
}
