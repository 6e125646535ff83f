package dev.clearance.server.system;

/** Whether the server can serve requests now, e.g. its database answers. */
@FunctionalInterface
public interface Readiness {

  /** Returns the problem, or an empty string when ready. Must not throw. */
  String problem();
}
