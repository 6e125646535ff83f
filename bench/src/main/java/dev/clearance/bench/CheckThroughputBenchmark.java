package dev.clearance.bench;

import dev.clearance.check.Checker;
import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import dev.clearance.document.TextDecoding;
import dev.clearance.dossier.CheckpointInspector;
import dev.clearance.dossier.DossierReader;
import dev.clearance.dossier.ModelCard;
import dev.clearance.dossier.ModelCardReader;
import dev.clearance.policy.Policy;
import dev.clearance.policy.PolicyLoader;
import dev.clearance.report.CheckReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Checking throughput of {@code clearance check} on single model cards (issue 3, "Show it"): the
 * corpus cards replicated to {@link #cards} card files (100,000 by default), each checked on
 * {@value #THREADS} threads with the real {@link DossierReader} and {@link Checker} under the
 * bundled policy, against the same files only read and parsed: by the YAML and markdown libraries
 * with their defaults ({@link BareParse}, the reference of the ratio), and by Clearance's own
 * {@link ModelCardReader}.
 *
 * <p>One invocation processes every card once, so the score is the time for the whole batch; {@link
 * CheckThroughput} divides by the number of cards and prints cards per second and the ratio of the
 * two benchmarks. The corpus folder comes from the system property {@value #CORPUS_PROPERTY}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(2)
public class CheckThroughputBenchmark {

  /** The default number of cards per invocation: the corpus replicated to this many files. */
  public static final String DEFAULT_CARDS = "100000";

  /** Worker threads that check cards. */
  public static final int THREADS = 2;

  /** System property naming the folder of model cards to replicate. */
  public static final String CORPUS_PROPERTY = "clearance.bench.corpus";

  /** Cards per invocation: the corpus replicated to this many files. */
  @Param(DEFAULT_CARDS)
  public int cards;

  private CorpusReplica replica;
  private ParallelCards workers;
  private Policy policy;
  private final ThreadLocal<DossierReader> dossierReaders =
      ThreadLocal.withInitial(
          () -> new DossierReader(InputLimits.DEFAULT, CheckpointInspector.NONE, skipped -> {}));
  private final ThreadLocal<Checker> checkers =
      ThreadLocal.withInitial(() -> new Checker(policy, Clock.systemUTC()));
  private final ThreadLocal<ModelCardReader> cardReaders =
      ThreadLocal.withInitial(() -> new ModelCardReader(InputLimits.DEFAULT));
  private final ThreadLocal<BareParse> bareParsers = ThreadLocal.withInitial(BareParse::new);

  /** Copies and replicates the corpus and loads the policy. */
  @Setup(Level.Trial)
  public void setUp() throws InputException {
    String corpus = System.getProperty(CORPUS_PROPERTY);
    if (corpus == null || corpus.isBlank()) {
      throw new IllegalStateException(
          "set -D"
              + CORPUS_PROPERTY
              + "=<folder of model cards> (e.g. ../shared/corpus/model_cards)");
    }
    policy = PolicyLoader.resolve(PolicyLoader.DEFAULT);
    replica = CorpusReplica.create(Path.of(corpus), cards);
    workers = new ParallelCards(THREADS);
  }

  /** Deletes the replicated corpus. */
  @TearDown(Level.Trial)
  public void tearDown() {
    workers.close();
    replica.close();
  }

  /** Full check of every card: read the dossier, decide the tier, check every requirement. */
  @Benchmark
  public long check() {
    return workers.run(replica.cards(), this::checkCard);
  }

  /**
   * The ratio's reference: bare parsing of the same files by the libraries with their defaults
   * (read, decode UTF-8, load the front matter with snakeyaml-engine, parse the markdown with
   * commonmark, blocks and inlines).
   */
  @Benchmark
  public long bareParse() {
    return workers.run(replica.cards(), this::bareParseCard);
  }

  /**
   * Clearance's own reading of the same files: read, decode UTF-8, front matter and markdown
   * sections by {@link ModelCardReader}, which parses inline markup only in section titles.
   */
  @Benchmark
  public long parse() {
    return workers.run(replica.cards(), this::parseCard);
  }

  private long checkCard(Path card) {
    try {
      CheckReport report = checkers.get().check(dossierReaders.get().read(card));
      return report.results().size() + report.tier().tier().level();
    } catch (InputException refused) {
      return -1; // the CLI would exit 2 for this card; refusing it is part of checking
    }
  }

  private long bareParseCard(Path card) throws Exception {
    return bareParsers.get().parse(TextDecoding.utf8(card.toString(), Files.readAllBytes(card)));
  }

  private long parseCard(Path card) throws Exception {
    String file = card.toString();
    try {
      String text = TextDecoding.utf8(file, Files.readAllBytes(card));
      ModelCard parsed = cardReaders.get().read(file, text);
      return parsed.sections().size();
    } catch (InputException refused) {
      return -1;
    }
  }
}
