/**
 * Signed notes (c2sp.org/signed-note) with Ed25519 keys, and transparency log checkpoints
 * (c2sp.org/tlog-checkpoint) carried in them. Parsers are strict and bounded and throw {@link
 * dev.clearance.ledger.note.CheckpointException} for every bad input.
 */
package dev.clearance.ledger.note;
