package dev.clearance.server.route;

import dev.clearance.store.identity.GlobalRole;
import dev.clearance.store.identity.OrgRole;
import java.util.Objects;
import java.util.Set;

/**
 * Who may call an endpoint, declared with every endpoint (OPS-3). The endpoint table enforces it
 * before the handler runs; handlers additionally hide pre-release material from callers without a
 * right to it (404, never 403, so its existence does not leak).
 */
public sealed interface Access {

  /** Anyone, including the anonymous public. */
  record Anyone() implements Access {}

  /**
   * Anyone who holds the registry's one-time bootstrap token, sent in the request body; the handler
   * checks it. Once used, every caller gets 403.
   */
  record BootstrapToken() implements Access {}

  /** Any signed-in user. */
  record SignedIn() implements Access {}

  /** Stewards only. */
  record Steward() implements Access {}

  /**
   * Members of the organization named by the path parameter {@code {org}} with at least {@code
   * role}; stewards too when {@code stewardAllowed}.
   */
  record OrgMember(OrgRole role, boolean stewardAllowed) implements Access {
    public OrgMember {
      Objects.requireNonNull(role, "role");
    }
  }

  /** Users holding at least one of the registry roles {@code roles}. */
  record GlobalRoles(Set<GlobalRole> roles) implements Access {
    public GlobalRoles {
      roles = Set.copyOf(roles);
      if (roles.isEmpty()) {
        throw new IllegalArgumentException("name at least one role");
      }
    }
  }

  /**
   * People taking part in the community review of the release named by the path ({@code {org}},
   * {@code {model}}, {@code {version}}): members of the organization (any role), stewards and
   * vetted evaluators. The handler further requires an evaluator to hold an active access grant to
   * the release, or to have filed the finding concerned (REV-4).
   */
  record ReviewParticipant() implements Access {}

  static Access anyone() {
    return new Anyone();
  }

  static Access bootstrapToken() {
    return new BootstrapToken();
  }

  static Access signedIn() {
    return new SignedIn();
  }

  /** Vetted evaluators and stewards. */
  static Access evaluatorOrSteward() {
    return new GlobalRoles(Set.of(GlobalRole.EVALUATOR, GlobalRole.STEWARD));
  }

  /** Members of {@code {org}}, stewards and vetted evaluators; see {@link ReviewParticipant}. */
  static Access reviewParticipant() {
    return new ReviewParticipant();
  }

  /** Approved auditors (of an audit firm, REV-6). */
  static Access auditor() {
    return new GlobalRoles(Set.of(GlobalRole.AUDITOR));
  }

  static Access steward() {
    return new Steward();
  }

  static Access releaser() {
    return new OrgMember(OrgRole.RELEASER, false);
  }

  static Access releaserOrSteward() {
    return new OrgMember(OrgRole.RELEASER, true);
  }

  static Access orgAdmin() {
    return new OrgMember(OrgRole.ADMIN, false);
  }
}
