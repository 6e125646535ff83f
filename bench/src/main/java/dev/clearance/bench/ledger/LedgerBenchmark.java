package dev.clearance.bench.ledger;

import dev.clearance.ledger.Appended;
import dev.clearance.ledger.Hash;
import dev.clearance.ledger.InMemoryTreeNodes;
import dev.clearance.ledger.InclusionProof;
import dev.clearance.ledger.LogVerification;
import dev.clearance.ledger.LogVerifier;
import dev.clearance.ledger.MerkleLog;
import dev.clearance.ledger.StreamingTree;
import dev.clearance.ledger.TreeHasher;
import dev.clearance.ledger.entry.AuditEntry;
import dev.clearance.ledger.entry.Commitment;
import dev.clearance.ledger.note.Checkpoint;
import dev.clearance.ledger.note.CheckpointException;
import dev.clearance.ledger.note.NoteSigner;
import dev.clearance.ledger.note.NoteVerifier;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The audit log figures of issue 5 (ACC-1), each beside a reference measured in the same run:
 *
 * <ul>
 *   <li>{@code append} a batch of {@value #BATCH} audit-entry leaves to the in-memory store, vs
 *       {@code appendReference}: one SHA-256 of each of the same leaf bytes;
 *   <li>{@code inclusionProof} for a random leaf of a {@code proofLeaves}-leaf log (default 10
 *       million), vs {@code proofReference}: one SHA-256 of 64 bytes (digest reused);
 *   <li>{@code verifyLog}: recompute a {@code verifyLeaves}-leaf log (default 1 million) from its
 *       entries' leaf data against a signed checkpoint, vs {@code verifyReference}: hashing all the
 *       same bytes once with one SHA-256.
 * </ul>
 */
public class LedgerBenchmark {

  static final int BATCH = 1_000;

  /** A realistic leaf: an audit entry of a release decision, with a commitment. */
  static byte[] leaf(long sequence) {
    byte[] commitment = new byte[32];
    ByteBuffer.wrap(commitment).putLong(sequence * 0x9E3779B97F4A7C15L);
    return new AuditEntry(
            sequence,
            Instant.parse("2026-11-27T10:00:00Z").plusMillis(sequence * 250),
            "user:member-" + (sequence % 97) + "@org-" + (sequence % 13) + ".example",
            "release.approve",
            "release:org-" + (sequence % 13) + "/model-" + (sequence % 211) + "@1." + sequence % 7,
            "in_review",
            "approved",
            "All findings have responses; the review window of 30 days has elapsed.",
            new Commitment(Hash.of(commitment)))
        .leafData();
  }

  /** A fresh log per iteration and one batch of leaves. */
  @State(Scope.Benchmark)
  public static class AppendState {
    List<byte[]> batch;
    MerkleLog log;

    @Setup(Level.Trial)
    public void leaves() {
      batch = new ArrayList<>(BATCH);
      for (int index = 0; index < BATCH; index++) {
        batch.add(leaf(index));
      }
    }

    @Setup(Level.Iteration)
    public void emptyLog() {
      log = new MerkleLog(new InMemoryTreeNodes());
    }
  }

  /** A large log built once per fork. */
  @State(Scope.Benchmark)
  public static class ProofState {
    @Param("10000000")
    public long proofLeaves;

    MerkleLog log;
    long[] indexes;
    int next;
    byte[] sixtyFourBytes = new byte[64];
    MessageDigest digest;

    @Setup(Level.Trial)
    public void build() {
      log = new MerkleLog(new InMemoryTreeNodes());
      TreeHasher hasher = TreeHasher.create();
      byte[] data = new byte[8];
      List<Hash> chunk = new ArrayList<>(100_000);
      for (long index = 0; index < proofLeaves; index++) {
        ByteBuffer.wrap(data).putLong(index);
        chunk.add(hasher.leaf(data));
        if (chunk.size() == 100_000 || index == proofLeaves - 1) {
          log.appendLeafHashes(chunk);
          chunk.clear();
        }
      }
      Random random = new Random(5);
      indexes = new long[1 << 16];
      for (int index = 0; index < indexes.length; index++) {
        indexes[index] = (random.nextLong() & Long.MAX_VALUE) % proofLeaves;
      }
      new Random(6).nextBytes(sixtyFourBytes);
      digest = TreeHasher.sha256();
    }

    long nextIndex() {
      next = (next + 1) & (indexes.length - 1);
      return indexes[next];
    }
  }

  /** The leaf data of a whole log and its signed checkpoint. */
  @State(Scope.Benchmark)
  public static class VerifyState {
    @Param("1000000")
    public int verifyLeaves;

    List<byte[]> leaves;
    byte[] signedCheckpoint;
    List<NoteVerifier> trusted;
    long totalBytes;

    @Setup(Level.Trial)
    public void build() throws CheckpointException {
      leaves = new ArrayList<>(verifyLeaves);
      StreamingTree tree = new StreamingTree();
      for (int index = 0; index < verifyLeaves; index++) {
        byte[] leaf = leaf(index);
        leaves.add(leaf);
        tree.add(leaf);
        totalBytes += leaf.length;
      }
      NoteSigner signer = NoteSigner.generate("clearance.example/log");
      signedCheckpoint =
          new Checkpoint("clearance.example/log", tree.size(), tree.root()).sign(signer).toBytes();
      trusted = List.of(signer.verifier());
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Appended append(AppendState state) {
    return state.log.append(state.batch);
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public byte[] appendReference(AppendState state) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    byte[] last = null;
    for (byte[] leaf : state.batch) {
      last = digest.digest(leaf);
    }
    return last;
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public InclusionProof inclusionProof(ProofState state) {
    return state.log.inclusionProof(state.nextIndex(), state.proofLeaves);
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public byte[] proofReference(ProofState state) {
    state.sixtyFourBytes[0] = (byte) state.nextIndex();
    return state.digest.digest(state.sixtyFourBytes);
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public LogVerification verifyLog(VerifyState state) throws CheckpointException {
    LogVerification result =
        LogVerifier.verify(state.leaves.iterator(), state.signedCheckpoint, state.trusted);
    if (!result.ok()) {
      throw new IllegalStateException(result.message());
    }
    return result;
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public byte[] verifyReference(VerifyState state) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    for (byte[] leaf : state.leaves) {
      digest.update(leaf);
    }
    return digest.digest();
  }
}
