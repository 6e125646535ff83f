package dev.clearance.bench.ledger;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link LedgerBenchmark} and prints the audit log figures of issue 5 with their references
 * and targets: append ≥ {@value #TARGET_APPEND} leaves/s, inclusion proof on a 10M-leaf log &lt;
 * {@value #TARGET_PROOF_MS} ms, verifying a 1M-leaf log &lt; {@value #TARGET_VERIFY_S} s.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.clearance.bench.ledger.LedgerBench
 *     [--forks N] [--warmup N] [--iterations N] [--proof-leaves N] [--verify-leaves N]
 * </pre>
 *
 * Exits 0 after a completed run (targets met or not), 2 for bad arguments.
 */
public final class LedgerBench {

  static final double TARGET_APPEND = 10_000;
  static final double TARGET_PROOF_MS = 1;
  static final double TARGET_VERIFY_S = 5;

  private LedgerBench() {}

  public static void main(String[] args) throws RunnerException {
    int forks = 1;
    int warmup = 3;
    int iterations = 5;
    String proofLeaves = "10000000";
    String verifyLeaves = "1000000";
    try {
      for (int index = 0; index < args.length; index++) {
        String value = index + 1 < args.length ? args[index + 1] : null;
        switch (args[index]) {
          case "--forks" -> forks = Integer.parseInt(value);
          case "--warmup" -> warmup = Integer.parseInt(value);
          case "--iterations" -> iterations = Integer.parseInt(value);
          case "--proof-leaves" -> proofLeaves = Long.toString(Long.parseLong(value));
          case "--verify-leaves" -> verifyLeaves = Integer.toString(Integer.parseInt(value));
          default -> throw new IllegalArgumentException("unknown argument " + args[index]);
        }
        index++;
      }
    } catch (RuntimeException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(
          "usage: LedgerBench [--forks N] [--warmup N] [--iterations N] [--proof-leaves N]"
              + " [--verify-leaves N]");
      System.exit(2);
      return;
    }
    double loadBefore = loadAverage();
    List<String> jvmArgs = new ArrayList<>(List.of("-Xms4g", "-Xmx4g"));
    if (Runtime.version().feature() >= 24
        && !ManagementFactory.getRuntimeMXBean()
            .getInputArguments()
            .contains("--sun-misc-unsafe-memory-access=allow")) {
      jvmArgs.add("--sun-misc-unsafe-memory-access=allow");
    }
    Collection<RunResult> results =
        new Runner(
                new OptionsBuilder()
                    .include(LedgerBenchmark.class.getName() + "\\.")
                    .forks(forks)
                    .warmupIterations(warmup)
                    .measurementIterations(iterations)
                    .warmupTime(TimeValue.seconds(2))
                    .measurementTime(TimeValue.seconds(2))
                    .param("proofLeaves", proofLeaves)
                    .param("verifyLeaves", verifyLeaves)
                    .timeout(TimeValue.minutes(30))
                    .jvmArgsAppend(jvmArgs.toArray(String[]::new))
                    .build())
            .run();

    Result<?> append = primary(results, "append");
    Result<?> appendReference = primary(results, "appendReference");
    Result<?> proof = primary(results, "inclusionProof");
    Result<?> proofReference = primary(results, "proofReference");
    Result<?> verify = primary(results, "verifyLog");
    Result<?> verifyReference = primary(results, "verifyReference");

    System.out.println();
    System.out.println("Audit log (issue 5, ACC-1)");
    System.out.printf(
        Locale.ROOT,
        "  %d cores, Java %s; 1-minute load average %.2f before, %.2f after%n",
        Runtime.getRuntime().availableProcessors(),
        Runtime.version(),
        loadBefore,
        loadAverage());
    double appendPerSecond = LedgerBenchmark.BATCH / append.getScore() * 1e6;
    double shaPerSecond = LedgerBenchmark.BATCH / appendReference.getScore() * 1e6;
    System.out.printf(
        Locale.ROOT,
        "  append, batches of %d: %,.0f leaves/s (± %.1f µs per batch); SHA-256 of the same"
            + " leaves: %,.0f leaves/s; append/SHA-256 time ratio %.2f; target >= %,.0f: %s%n",
        LedgerBenchmark.BATCH,
        appendPerSecond,
        append.getScoreError(),
        shaPerSecond,
        shaPerSecond / appendPerSecond,
        TARGET_APPEND,
        appendPerSecond >= TARGET_APPEND ? "met" : "MISSED");
    System.out.printf(
        Locale.ROOT,
        "  inclusion proof, %s leaves: %,.0f ns (± %.0f); one SHA-256 of 64 bytes: %,.0f ns;"
            + " ratio %.1f; target < %.0f ms: %s%n",
        proofLeaves,
        proof.getScore(),
        proof.getScoreError(),
        proofReference.getScore(),
        proof.getScore() / proofReference.getScore(),
        TARGET_PROOF_MS,
        proof.getScore() < TARGET_PROOF_MS * 1e6 ? "met" : "MISSED");
    System.out.printf(
        Locale.ROOT,
        "  verify %s-leaf log against a signed checkpoint: %,.0f ms (± %.0f); SHA-256 of the same"
            + " bytes once: %,.0f ms; ratio %.2f; target < %.0f s: %s%n",
        verifyLeaves,
        verify.getScore(),
        verify.getScoreError(),
        verifyReference.getScore(),
        verify.getScore() / verifyReference.getScore(),
        TARGET_VERIFY_S,
        verify.getScore() < TARGET_VERIFY_S * 1e3 ? "met" : "MISSED");
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static Result<?> primary(Collection<RunResult> results, String method) {
    return results.stream()
        .filter(result -> result.getParams().getBenchmark().endsWith("." + method))
        .map(RunResult::getPrimaryResult)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no result for benchmark " + method));
  }
}
