package dev.clearance.bench;

import dev.clearance.check.Checker;
import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import dev.clearance.dossier.CheckpointInspector;
import dev.clearance.dossier.DossierReader;
import dev.clearance.policy.PolicyLoader;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link CheckThroughputBenchmark} and prints the two figures of issue 3 from the same run:
 * checking throughput in cards per second (target at least {@value #TARGET_CARDS_PER_SECOND}) and
 * the ratio of full check time to bare parsing time by the YAML and markdown libraries (target at
 * most {@value #TARGET_RATIO}); and, for comparison, the ratio to Clearance's own card reader.
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar CORPUS_FOLDER [--cards N] [--forks N] [--warmup N]
 *     [--iterations N] [--json FILE]
 * </pre>
 *
 * Exits 0 after a completed run (whether or not the targets are met), 2 for bad arguments.
 */
public final class CheckThroughput {

  static final double TARGET_CARDS_PER_SECOND = 3_000;
  static final double TARGET_RATIO = 3.0;

  private CheckThroughput() {}

  public static void main(String[] args) throws RunnerException {
    Arguments arguments;
    try {
      arguments = Arguments.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(Arguments.USAGE);
      System.exit(2);
      return;
    }
    Path corpus = arguments.corpus().toAbsolutePath().normalize();
    List<String> refused = refusedCards(corpus);
    double loadBefore = loadAverage();

    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(CheckThroughputBenchmark.class.getName() + "\\.(check|parse|bareParse)$")
            .forks(arguments.forks())
            .warmupIterations(arguments.warmup())
            .measurementIterations(arguments.iterations())
            .param("cards", Integer.toString(arguments.cards()))
            .timeout(TimeValue.hours(2))
            .jvmArgsAppend(forkOptions(corpus).toArray(String[]::new));
    if (arguments.json() != null) {
      options.resultFormat(ResultFormatType.JSON).result(arguments.json().toString());
    }
    Collection<RunResult> results = new Runner(options.build()).run();

    Result<?> check = primary(results, "check");
    Result<?> parse = primary(results, "parse");
    Result<?> bareParse = primary(results, "bareParse");
    System.out.println();
    System.out.println("Clearance check throughput");
    System.out.printf(
        Locale.ROOT,
        "  corpus: %s, cards replicated to %,d files, %d worker threads, %d cores, Java %s%n",
        corpus,
        arguments.cards(),
        CheckThroughputBenchmark.THREADS,
        Runtime.getRuntime().availableProcessors(),
        Runtime.version());
    System.out.printf(
        Locale.ROOT,
        "  1-minute load average: %.2f before, %.2f after (%d cores; more means other work shared them)%n",
        loadBefore,
        loadAverage(),
        Runtime.getRuntime().availableProcessors());
    if (!refused.isEmpty()) {
      System.out.printf(
          Locale.ROOT,
          "  %d corpus card(s) are refused as bad input (exit 2) and count as checked: %s%n",
          refused.size(),
          String.join(", ", refused));
    }
    System.out.println(Figures.line("full check", check, arguments.cards()));
    System.out.println(Figures.line("bare parse", bareParse, arguments.cards()));
    System.out.println(Figures.line("card reader", parse, arguments.cards()));
    Figures figures = Figures.of(check, bareParse, arguments.cards());
    Figures againstReader = Figures.of(check, parse, arguments.cards());
    System.out.printf(
        Locale.ROOT,
        "  throughput: %,.0f cards/s (target >= %,.0f): %s%n",
        figures.cardsPerSecond(),
        TARGET_CARDS_PER_SECOND,
        figures.cardsPerSecond() >= TARGET_CARDS_PER_SECOND ? "met" : "MISSED");
    System.out.printf(
        Locale.ROOT,
        "  check/bare parse time ratio: %.2fx %s (target <= %.1fx): %s%n",
        figures.ratio(),
        figures.ratioErrorText(),
        TARGET_RATIO,
        figures.ratio() <= TARGET_RATIO ? "met" : "MISSED");
    System.out.printf(
        Locale.ROOT,
        "  check/card reader time ratio: %.2fx %s (no target; the reader skips inline markup)%n",
        againstReader.ratio(),
        againstReader.ratioErrorText());
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static List<String> forkOptions(Path corpus) {
    List<String> options = new ArrayList<>();
    options.add("-D" + CheckThroughputBenchmark.CORPUS_PROPERTY + "=" + corpus);
    options.add("-Xms2g");
    options.add("-Xmx2g");
    String allowUnsafe = "--sun-misc-unsafe-memory-access=allow";
    boolean inherited =
        ManagementFactory.getRuntimeMXBean().getInputArguments().contains(allowUnsafe);
    if (Runtime.version().feature() >= 24 && !inherited) {
      // JMH 1.37 uses sun.misc.Unsafe, which JDK 24 and later warn about in every fork. Forks
      // inherit this JVM's options, so add it only when the launching script did not.
      options.add(allowUnsafe);
    }
    return options;
  }

  /** Checks every distinct card once, outside the measurement, and names those refused. */
  private static List<String> refusedCards(Path corpus) {
    List<String> refused = new ArrayList<>();
    try (CorpusReplica replica = CorpusReplica.create(corpus, 1)) {
      DossierReader reader =
          new DossierReader(InputLimits.DEFAULT, CheckpointInspector.NONE, skipped -> {});
      Checker checker = new Checker(PolicyLoader.resolve(PolicyLoader.DEFAULT), Clock.systemUTC());
      for (Path card : replica.originals()) {
        try {
          checker.check(reader.read(card));
        } catch (InputException e) {
          refused.add(card.getFileName().toString());
        }
      }
    } catch (InputException policy) {
      throw new IllegalStateException("the bundled policy does not load: " + policy, policy);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.exit(2);
    }
    return refused;
  }

  private static Result<?> primary(Collection<RunResult> results, String method) {
    return results.stream()
        .filter(result -> result.getParams().getBenchmark().endsWith("." + method))
        .map(RunResult::getPrimaryResult)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no result for benchmark " + method));
  }
}
