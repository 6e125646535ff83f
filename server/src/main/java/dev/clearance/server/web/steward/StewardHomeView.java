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
   * @param href the queue's page, or {@code null} for a queue whose items link to their own pages
   * @param waiting how many items wait (releases are counted up to one page of the catalog)
   * @param more true when more than {@code waiting} wait
   * @param items the first items, each linking to its page, for a queue without a page of its own;
   *     empty for the others
   */
  public record Queue(
      String title, String href, String description, int waiting, boolean more, List<Item> items) {

    public Queue {
      items = List.copyOf(items);
    }

    /** A queue with a page of its own. */
    public Queue(String title, String href, String description, int waiting, boolean more) {
      this(title, href, description, waiting, more, List.of());
    }

    /** The count as shown, e.g. "3" or "100 or more". */
    public String count() {
      return more ? waiting + " or more" : Integer.toString(waiting);
    }
  }

  /**
   * One item of a queue, linking to its page.
   *
   * @param label what it is, e.g. an incident's summary
   * @param note why it waits, e.g. "critical · acknowledgement overdue"
   */
  public record Item(String label, String href, String note) {}
}
