package dev.clearance.server.release;

import java.util.List;

/** The history of a release's states, oldest first. */
public record TransitionList(List<TransitionView> items) {
  public TransitionList {
    items = List.copyOf(items);
  }
}
