package dev.clearance.server.audit;

import java.util.List;
import java.util.Optional;

/**
 * A page of audit log entries in sequence order.
 *
 * @param next the {@code start} of the next page; absent when this page reaches the end of the log
 */
public record LogEntryPage(List<LogEntry> items, Optional<Long> next) {

  public LogEntryPage {
    items = List.copyOf(items);
  }
}
