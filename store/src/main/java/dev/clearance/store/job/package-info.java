/**
 * Leases for background jobs: of several server instances sharing a database, one at a time runs a
 * named job, and another takes over when the holder stops renewing (OPS-1).
 */
package dev.clearance.store.job;
