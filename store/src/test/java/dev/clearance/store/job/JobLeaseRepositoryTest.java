package dev.clearance.store.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.store.testing.BothDatabases;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class JobLeaseRepositoryTest extends BothDatabases {

  private static final Duration TTL = Duration.ofSeconds(30);

  private Optional<JobLease> acquire(String job, String holder) {
    return db.withHandle(
        handle -> new JobLeaseRepository(handle, clock).tryAcquire(job, holder, TTL));
  }

  @Test
  void tryAcquire_freeJob_grantedThenOtherHolderRefused() {
    String job = unique("reindex");
    Optional<JobLease> first = acquire(job, "instance-a");
    Optional<JobLease> second = acquire(job, "instance-b");
    assertThat(first)
        .hasValueSatisfying(lease -> assertThat(lease.holder()).isEqualTo("instance-a"));
    assertThat(second).isEmpty();
  }

  @Test
  void tryAcquire_byHolderBeforeExpiry_renewsAndKeepsAcquiredAt() {
    String job = unique("renew");
    JobLease first = acquire(job, "instance-a").orElseThrow();
    clock.advance(Duration.ofSeconds(20));
    JobLease renewed = acquire(job, "instance-a").orElseThrow();
    assertThat(renewed.acquiredAt()).isEqualTo(first.acquiredAt());
    assertThat(renewed.expiresAt()).isEqualTo(clock.instant().plus(TTL));
    assertThat(renewed.version()).isEqualTo(first.version() + 1);
  }

  @Test
  void tryAcquire_afterExpiry_otherHolderStealsIt() {
    String job = unique("steal");
    acquire(job, "instance-a").orElseThrow();
    clock.advance(Duration.ofSeconds(29));
    Optional<JobLease> early = acquire(job, "instance-b");
    clock.advance(Duration.ofSeconds(1));
    Optional<JobLease> stolen = acquire(job, "instance-b");
    Optional<JobLease> formerHolder = acquire(job, "instance-a");
    assertThat(early).isEmpty();
    assertThat(stolen)
        .hasValueSatisfying(lease -> assertThat(lease.holder()).isEqualTo("instance-b"));
    assertThat(formerHolder).isEmpty();
  }

  @Test
  void release_byHolder_freesTheJob() {
    String job = unique("release");
    acquire(job, "instance-a").orElseThrow();
    Boolean byOther =
        db.withHandle(handle -> new JobLeaseRepository(handle, clock).release(job, "instance-b"));
    Boolean byHolder =
        db.withHandle(handle -> new JobLeaseRepository(handle, clock).release(job, "instance-a"));
    assertThat(byOther).isFalse();
    assertThat(byHolder).isTrue();
    assertThat(acquire(job, "instance-b")).isPresent();
  }

  @Test
  void tryAcquire_manyHoldersAtOnce_exactlyOneWins() throws Exception {
    String job = unique("race");
    int holders = 6;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(holders);
    try {
      List<Future<Optional<JobLease>>> results = new ArrayList<>();
      for (int i = 0; i < holders; i++) {
        String holder = "instance-" + i;
        Callable<Optional<JobLease>> attempt =
            () -> {
              start.await();
              return acquire(job, holder);
            };
        results.add(pool.submit(attempt));
      }
      start.countDown();
      int winners = 0;
      for (Future<Optional<JobLease>> result : results) {
        winners += result.get().isPresent() ? 1 : 0;
      }
      assertThat(winners).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
