/**
 * Storage of uploaded dossier files (issue 5 item 3, OPS-2): streamed to disk with SHA-256 hashing
 * and a size limit, written atomically, addressed by content; upload names checked against path
 * tricks.
 */
package dev.clearance.store.blob;
