/**
 * Signing keys of organizations and the outcome of verifying a release's signature bundle with them
 * (ART-2, ACC-4). Keys are public; a revoked key keeps its row so that releases verified with it
 * still name it.
 */
package dev.clearance.store.signing;
