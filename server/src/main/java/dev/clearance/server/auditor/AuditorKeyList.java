package dev.clearance.server.auditor;

import java.util.List;

/** Every signing key of an auditor, revoked ones included, by name. */
public record AuditorKeyList(List<AuditorKeyView> items) {

  public AuditorKeyList {
    items = List.copyOf(items);
  }
}
