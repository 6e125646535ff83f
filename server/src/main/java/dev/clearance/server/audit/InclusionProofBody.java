package dev.clearance.server.audit;

import dev.clearance.ledger.Hash;
import dev.clearance.ledger.InclusionProof;
import java.util.List;

/**
 * An inclusion proof (RFC 9162 §2.1.3) as JSON: leaf {@code index} is in the tree of {@code size}
 * leaves; {@code hashes} are the sibling hashes bottom-up, standard base64.
 *
 * @param leafHash the stored leaf hash at {@code index}, base64
 */
public record InclusionProofBody(long index, long size, String leafHash, List<String> hashes) {

  public InclusionProofBody {
    hashes = List.copyOf(hashes);
  }

  static InclusionProofBody of(InclusionProof proof, Hash leafHash) {
    return new InclusionProofBody(
        proof.index(),
        proof.size(),
        leafHash.base64(),
        proof.path().stream().map(Hash::base64).toList());
  }
}
