package dev.clearance.store.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.store.Repositories;
import dev.clearance.store.testing.BothDatabases;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoginAttemptRepositoryTest extends BothDatabases {

  private static LoginAttemptRepository attempts(Repositories repos) {
    return new LoginAttemptRepository(repos.handle(), repos.clock());
  }

  private List<Instant> failures(String handle, Instant since) {
    return tx(repos -> attempts(repos).failuresSince(handle, since, 10));
  }

  @Test
  void failuresSince_recordedFailures_newestFirstWithinWindowOnly() {
    String handle = unique("alice");
    Instant start = clock.instant();
    run(repos -> attempts(repos).recordFailure(handle));
    clock.advance(Duration.ofMinutes(10));
    Instant second = clock.instant();
    run(repos -> attempts(repos).recordFailure(handle));
    clock.advance(Duration.ofMinutes(1));
    Instant third = clock.instant();
    run(repos -> attempts(repos).recordFailure(handle));

    List<Instant> all =
        tx(repos -> attempts(repos).failuresSince(handle, start.minusMillis(1), 10));
    List<Instant> recent = tx(repos -> attempts(repos).failuresSince(handle, start, 10));
    List<Instant> newest = tx(repos -> attempts(repos).failuresSince(handle, start, 1));

    assertThat(all).containsExactly(third, second, start);
    assertThat(recent).containsExactly(third, second);
    assertThat(newest).containsExactly(third);
  }

  @Test
  void failuresSince_otherHandle_notCounted() {
    String alice = unique("alice");
    String bob = unique("bob");
    run(repos -> attempts(repos).recordFailure(alice));
    List<Instant> bobs =
        tx(repos -> attempts(repos).failuresSince(bob, clock.instant().minusSeconds(60), 10));
    assertThat(bobs).isEmpty();
  }

  @Test
  void clear_afterFailures_forgetsOnlyThatHandle() {
    String alice = unique("alice");
    String bob = unique("bob");
    Instant before = clock.instant().minusSeconds(1);
    run(repos -> attempts(repos).recordFailure(alice));
    run(repos -> attempts(repos).recordFailure(alice));
    run(repos -> attempts(repos).recordFailure(bob));

    Integer cleared = tx(repos -> attempts(repos).clear(alice));

    assertThat(cleared).isEqualTo(2);
    assertThat(failures(alice, before)).isEmpty();
    assertThat(failures(bob, before)).hasSize(1);
  }

  @Test
  void deleteBefore_cutoff_removesOnlyOlderRows() {
    String handle = unique("carol");
    Instant old = clock.instant();
    run(repos -> attempts(repos).recordFailure(handle));
    clock.advance(Duration.ofMinutes(20));
    Instant fresh = clock.instant();
    run(repos -> attempts(repos).recordFailure(handle));

    Integer removed = tx(repos -> attempts(repos).deleteBefore(old));

    assertThat(removed).isPositive();
    assertThat(failures(handle, Instant.EPOCH)).containsExactly(fresh);
  }

  @Test
  void recordFailure_invalidHandle_refused() {
    assertThatThrownBy(() -> run(repos -> attempts(repos).recordFailure("../etc")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("user handle");
  }

  @Test
  void failuresSince_nonPositiveMax_refused() {
    assertThatThrownBy(() -> tx(repos -> attempts(repos).failuresSince("dave", Instant.EPOCH, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("max 0");
  }
}
