package dev.clearance.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.store.identity.Organization;
import dev.clearance.store.testing.BothDatabases;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Several threads write at once. On SQLite they queue for the single write lock (immediate
 * transactions + busy timeout) instead of failing with SQLITE_BUSY; on PostgreSQL they run side by
 * side. Read-modify-write with optimistic versions loses no update when retried.
 */
class ConcurrentWritersTest extends BothDatabases {

  private static final int THREADS = 4;
  private static final int WRITES_PER_THREAD = 25;

  @Test
  void create_fromManyThreads_everyRowIsStored() throws Exception {
    String prefix = unique("bulk");
    List<Callable<Integer>> workers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      workers.add(
          () -> {
            for (int i = 0; i < WRITES_PER_THREAD; i++) {
              String slug = prefix + "-" + thread + "-" + i;
              run(repos -> repos.organizations().create(slug, "Bulk"));
            }
            return WRITES_PER_THREAD;
          });
    }
    int written = runTogether(workers);
    Long stored =
        db.withHandle(
            handle ->
                handle
                    .createQuery("SELECT COUNT(*) FROM organizations WHERE slug LIKE :p")
                    .bind("p", prefix + "-%")
                    .mapTo(Long.class)
                    .one());
    assertThat(written).isEqualTo(THREADS * WRITES_PER_THREAD);
    assertThat(stored).isEqualTo((long) THREADS * WRITES_PER_THREAD);
  }

  @Test
  void update_readModifyWriteWithRetry_losesNoUpdate() throws Exception {
    Organization org = tx(repos -> repos.organizations().create(unique("counter"), "0"));
    List<Callable<Integer>> workers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      workers.add(
          () -> {
            int retries = 0;
            for (int i = 0; i < WRITES_PER_THREAD; i++) {
              while (true) {
                Organization current =
                    tx(repos -> repos.organizations().find(org.id()).orElseThrow());
                int next = Integer.parseInt(current.displayName()) + 1;
                try {
                  run(
                      repos ->
                          repos
                              .organizations()
                              .updateDisplayName(
                                  org.id(), current.version(), Integer.toString(next)));
                  break;
                } catch (StaleVersionException e) {
                  retries++;
                }
              }
            }
            return retries;
          });
    }
    runTogether(workers);
    Organization finished = tx(repos -> repos.organizations().find(org.id()).orElseThrow());
    assertThat(finished.displayName()).isEqualTo(Integer.toString(THREADS * WRITES_PER_THREAD));
    assertThat(finished.version()).isEqualTo(1 + THREADS * WRITES_PER_THREAD);
  }

  private static int runTogether(List<Callable<Integer>> workers) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(workers.size());
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (Callable<Integer> worker : workers) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return worker.call();
                }));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> result : results) {
        total += result.get();
      }
      return total;
    } finally {
      pool.shutdownNow();
    }
  }
}
