/**
 * What exactly was released: checkpoint headers read without loading weights (exact parameter
 * counts, dtypes, byte sizes), content manifests of every file, and their signatures, verifiable
 * offline (SPEC ART-1..3, ACC-4). Depends on core only.
 */
package dev.clearance.artifacts;
