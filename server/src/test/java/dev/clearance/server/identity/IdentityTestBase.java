package dev.clearance.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.ledger.entry.AuditEntry;
import dev.clearance.ledger.entry.EntryException;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.RegistryTestBase;
import dev.clearance.store.audit.StoredEntry;
import dev.clearance.store.identity.User;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Helpers shared by the identity endpoint tests: audit entries, users, JSON bodies. */
abstract class IdentityTestBase extends RegistryTestBase {

  /** A password that follows the rule (at least 12 characters). */
  static final String PASSWORD = "correct horse battery staple";

  /** The audit entries about {@code subject}, oldest first, parsed from their leaves. */
  protected List<AuditEntry> audit(String subject) {
    List<StoredEntry> stored = tx(repos -> repos.audit().entriesAbout(subject, true));
    List<AuditEntry> entries = new ArrayList<>();
    for (StoredEntry entry : stored) {
      try {
        entries.add(AuditEntry.parse(entry.leaf().getBytes(StandardCharsets.UTF_8)));
      } catch (EntryException e) {
        throw new AssertionError("stored audit leaf does not parse: " + entry.leaf(), e);
      }
    }
    return entries;
  }

  /** The actions of the audit entries about {@code subject}, oldest first. */
  protected List<String> auditActions(String subject) {
    return audit(subject).stream().map(AuditEntry::action).toList();
  }

  /** How many entries the audit log holds. */
  protected long auditSize() {
    return tx(repos -> (long) repos.audit().entries(0, 1_000_000).size());
  }

  /** The handle of the user {@code client} acts for. */
  protected String handleOf(ApiClient client) {
    ApiResponse me = client.get("/api/v1/me");
    assertThat(me.status()).as(me.toString()).isEqualTo(200);
    return me.json().path("handle").asText();
  }

  /** The stored user {@code handle}. */
  protected User stored(String handle) {
    return tx(repos -> repos.users().findByHandle(handle)).orElseThrow();
  }

  /** Whether a user {@code handle} is stored. */
  protected boolean userExists(String handle) {
    return tx(repos -> repos.users().findByHandle(handle)).isPresent();
  }

  /** A sign-up body. */
  static String signUpBody(String handle, String email, String password) {
    return "{\"handle\":\""
        + handle
        + "\",\"displayName\":\"Person "
        + handle
        + "\",\"email\":\""
        + email
        + "\",\"password\":\""
        + password
        + "\"}";
  }

  /** A new user through the sign-up endpoint, with {@link #PASSWORD}; returns the handle. */
  protected String signUp(String base) {
    String handle = unique(base);
    ApiResponse response =
        anonymous.post("/api/v1/users", signUpBody(handle, handle + "@example.org", PASSWORD));
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return handle;
  }

  /** Headers of a request made with a session cookie, and the CSRF token unless null. */
  static Map<String, String> sessionHeaders(String cookie, String csrf) {
    return csrf == null
        ? Map.of("Cookie", StoreAuthenticator.SESSION_COOKIE + "=" + cookie)
        : Map.of(
            "Cookie",
            StoreAuthenticator.SESSION_COOKIE + "=" + cookie,
            StoreAuthenticator.CSRF_HEADER,
            csrf);
  }
}
