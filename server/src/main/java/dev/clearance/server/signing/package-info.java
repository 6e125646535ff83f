/**
 * Organizations' signing keys (ART-2, ACC-4): org admins register and revoke the public keys their
 * releases are signed with; anyone may read them, to verify a release offline with {@code clearance
 * verify}. The registry verifies uploaded signature bundles with these keys when it checks a
 * release ({@link dev.clearance.server.signing.SigningKeys}).
 */
package dev.clearance.server.signing;
