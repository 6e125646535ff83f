package dev.clearance.evidence;

import dev.clearance.check.Evidence;
import dev.clearance.policy.Benchmark;

/**
 * A benchmark of the policy's registry found in a dossier.
 *
 * @param scored whether a result (a number) was reported, not just the name
 * @param score the score when a structured result gave one (NaN for text and tables)
 */
public record BenchmarkFinding(
    Benchmark benchmark, boolean scored, double score, Evidence evidence) {}
