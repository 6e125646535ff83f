package dev.clearance.server.route;

/** A member's role in an organization; an admin may also manage members and tokens. */
public enum OrgRole {
  RELEASER,
  ADMIN;

  /** True when this role includes everything {@code required} may do. */
  public boolean includes(OrgRole required) {
    return ordinal() >= required.ordinal();
  }
}
