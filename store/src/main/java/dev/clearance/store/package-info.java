/**
 * Persistence of the Clearance registry (OPS-1, OPS-3, REV-1): a {@link
 * dev.clearance.store.Database} on SQLite (embedded) or PostgreSQL (production) with one portable
 * Flyway migration set, and small repositories per aggregate in the sub-packages {@code identity},
 * {@code release} and {@code job}; uploaded dossier files go to {@code blob}. See {@code
 * docs/storage.md} for the conventions.
 */
package dev.clearance.store;
