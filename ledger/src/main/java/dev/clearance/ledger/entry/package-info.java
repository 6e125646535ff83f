/**
 * Audit entries: one record per decision, encoded as canonical JSON ({@link
 * dev.clearance.ledger.entry.CanonicalJson}) that is the Merkle leaf data, with pre-release details
 * hidden behind a salted hash {@link dev.clearance.ledger.entry.Commitment}.
 */
package dev.clearance.ledger.entry;
