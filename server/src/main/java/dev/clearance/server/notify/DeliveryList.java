package dev.clearance.server.notify;

import java.util.List;

/**
 * One page of a webhook's deliveries, newest first.
 *
 * @param next the {@code after} value of the next page, absent on the last page
 */
public record DeliveryList(List<DeliveryView> items, String next) {

  public DeliveryList {
    items = List.copyOf(items);
  }
}
