package dev.clearance.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one piece of work per card over a list of cards on a fixed number of worker threads. Workers
 * take chunks of cards from a shared counter, so a slow card does not leave the other thread idle.
 */
final class ParallelCards implements AutoCloseable {

  /** The work done for one card; returns a number so the JIT cannot drop the work. */
  @FunctionalInterface
  interface CardWork {
    long apply(Path card) throws Exception;
  }

  private static final int CHUNK = 64;

  private final int threads;
  private final ExecutorService pool;

  ParallelCards(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.threads = threads;
    this.pool = Executors.newFixedThreadPool(threads);
  }

  /**
   * Applies {@code work} to every card once and returns the sum of the results.
   *
   * @throws IllegalStateException when the work threw for a card (the cause names the card)
   */
  long run(List<Path> cards, CardWork work) {
    AtomicInteger next = new AtomicInteger();
    List<Future<Long>> workers = new ArrayList<>(threads);
    for (int worker = 0; worker < threads; worker++) {
      workers.add(pool.submit(() -> drain(cards, work, next)));
    }
    long total = 0;
    for (Future<Long> worker : workers) {
      try {
        total += worker.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
      }
    }
    return total;
  }

  private static long drain(List<Path> cards, CardWork work, AtomicInteger next) throws Exception {
    long total = 0;
    for (int start = next.getAndAdd(CHUNK); start < cards.size(); start = next.getAndAdd(CHUNK)) {
      int end = Math.min(start + CHUNK, cards.size());
      for (int index = start; index < end; index++) {
        Path card = cards.get(index);
        try {
          total += work.apply(card);
        } catch (Exception e) {
          throw new IllegalStateException(card + ": " + e.getMessage(), e);
        }
      }
    }
    return total;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
