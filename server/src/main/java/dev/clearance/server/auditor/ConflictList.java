package dev.clearance.server.auditor;

import java.util.List;

/** The conflicts declared by a firm and its auditors, withdrawn ones included, oldest first. */
public record ConflictList(List<ConflictView> items) {

  public ConflictList {
    items = List.copyOf(items);
  }
}
