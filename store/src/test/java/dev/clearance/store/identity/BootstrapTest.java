package dev.clearance.store.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.store.Database;
import dev.clearance.store.testing.MutableClock;
import dev.clearance.store.testing.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each test needs an empty database, so each opens its own instead of sharing one per class. */
class BootstrapTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));

  @ParameterizedTest
  @EnumSource(dev.clearance.store.Dialect.class)
  void ensureSteward_emptyDatabase_returnsTokenOnceOnly(dev.clearance.store.Dialect dialect) {
    try (TestDatabase test = TestDatabase.open(dialect, clock)) {
      Bootstrap bootstrap = new Bootstrap(test.database());
      Optional<String> first = bootstrap.ensureSteward();
      Optional<String> second = bootstrap.ensureSteward();
      assertThat(first).hasValueSatisfying(token -> assertThat(token).startsWith("clrb_"));
      assertThat(second).isEmpty();
      assertThat(bootstrap.isPending()).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(dev.clearance.store.Dialect.class)
  void ensureSteward_twoInstancesAtOnce_exactlyOneGetsAToken(dev.clearance.store.Dialect dialect)
      throws Exception {
    try (TestDatabase test = TestDatabase.open(dialect, clock)) {
      Database database = test.database();
      CountDownLatch start = new CountDownLatch(1);
      Callable<Optional<String>> instance =
          () -> {
            start.await();
            return new Bootstrap(database).ensureSteward();
          };
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        List<Future<Optional<String>>> results = new ArrayList<>();
        results.add(pool.submit(instance));
        results.add(pool.submit(instance));
        start.countDown();
        long tokens = 0;
        for (Future<Optional<String>> result : results) {
          tokens += result.get().isPresent() ? 1 : 0;
        }
        assertThat(tokens).isEqualTo(1);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(dev.clearance.store.Dialect.class)
  void redeem_rightToken_createsStewardOnceAndEndsBootstrap(dev.clearance.store.Dialect dialect) {
    try (TestDatabase test = TestDatabase.open(dialect, clock)) {
      Bootstrap bootstrap = new Bootstrap(test.database());
      String token = bootstrap.ensureSteward().orElseThrow();
      Optional<User> wrong =
          bootstrap.redeem("clrb_" + "A".repeat(43), "steward", "Steward", null, null);
      Optional<User> steward = bootstrap.redeem(token, "steward", "Steward", null, null);
      Optional<User> again = bootstrap.redeem(token, "steward2", "Steward 2", null, null);
      assertThat(wrong).isEmpty();
      assertThat(steward).isPresent();
      assertThat(again).isEmpty();
      Boolean isSteward =
          test.database()
              .transaction(
                  repos -> repos.globalRoles().has(steward.get().id(), GlobalRole.STEWARD));
      assertThat(isSteward).isTrue();
      assertThat(bootstrap.isPending()).isFalse();
      assertThat(bootstrap.ensureSteward()).isEmpty();
      assertThat(bootstrap.reissue()).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(dev.clearance.store.Dialect.class)
  void reissue_lostToken_oldTokenNoLongerWorks(dev.clearance.store.Dialect dialect) {
    try (TestDatabase test = TestDatabase.open(dialect, clock)) {
      Bootstrap bootstrap = new Bootstrap(test.database());
      String lost = bootstrap.ensureSteward().orElseThrow();
      String fresh = bootstrap.reissue().orElseThrow();
      assertThat(bootstrap.redeem(lost, "steward", "Steward", null, null)).isEmpty();
      assertThat(bootstrap.redeem(fresh, "steward", "Steward", null, null)).isPresent();
    }
  }
}
