package dev.clearance.evidence;

import dev.clearance.check.Evidence;

/**
 * Text showing that a safety category was evaluated without an established benchmark (partial
 * coverage of that category).
 */
public record CategoryEvaluation(String category, Evidence evidence) {}
