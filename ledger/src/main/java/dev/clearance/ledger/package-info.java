/**
 * Tamper-evident audit log (spec ACC-1): an append-only Merkle tree hashed as in RFC 6962 §2.1 /
 * RFC 9162 §2.1, with inclusion and consistency proofs for any tree size up to the current one.
 *
 * <p>{@link dev.clearance.ledger.MerkleLog} computes roots and proofs over a {@link
 * dev.clearance.ledger.TreeNodes} store that keeps only the hashes of complete subtrees; {@link
 * dev.clearance.ledger.InclusionVerifier} and {@link dev.clearance.ledger.ConsistencyVerifier}
 * check proofs; {@link dev.clearance.ledger.LogVerifier} recomputes a whole log against signed
 * checkpoints ({@link dev.clearance.ledger.note}). Audit entries and their canonical leaf bytes
 * live in {@link dev.clearance.ledger.entry}. See {@code docs/audit-log.md}.
 */
package dev.clearance.ledger;
