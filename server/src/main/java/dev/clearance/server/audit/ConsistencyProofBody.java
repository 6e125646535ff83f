package dev.clearance.server.audit;

import dev.clearance.ledger.ConsistencyProof;
import dev.clearance.ledger.Hash;
import java.util.List;

/**
 * A consistency proof (RFC 9162 §2.1.4) as JSON: the tree of {@code from} leaves is a prefix of the
 * tree of {@code to} leaves; {@code hashes} in RFC order, standard base64.
 */
public record ConsistencyProofBody(long from, long to, List<String> hashes) {

  public ConsistencyProofBody {
    hashes = List.copyOf(hashes);
  }

  static ConsistencyProofBody of(ConsistencyProof proof) {
    return new ConsistencyProofBody(
        proof.size1(), proof.size2(), proof.path().stream().map(Hash::base64).toList());
  }
}
