package dev.clearance.server.web.steward;

import java.util.List;

/** The stewards' start page ({@code /steward}): each queue with how much waits in it. */
public record StewardHomeView(List<Queue> queues) {

  public StewardHomeView {
    queues = List.copyOf(queues);
  }

  /**
   * One queue.
   *
   * @param href the queue's page
   * @param waiting how many items wait (releases are counted up to one page of the catalog)
   * @param more true when more than {@code waiting} wait
   */
  public record Queue(String title, String href, String description, int waiting, boolean more) {

    /** The count as shown, e.g. "3" or "100 or more". */
    public String count() {
      return more ? waiting + " or more" : Integer.toString(waiting);
    }
  }
}
