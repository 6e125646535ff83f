package dev.clearance.policy;

/** A capability benchmark score at or above which a trigger counts the capability as shown. */
public record BenchmarkThreshold(String benchmark, double atLeast) {}
