package dev.clearance.server.release;

/** A steward's waiver of a guard for one release. */
public record WaiverView(String guard, String steward, String reason, String at) {}
