package dev.clearance.server.release;

import dev.clearance.release.GuardFailure;
import dev.clearance.release.ReleaseAction;
import dev.clearance.server.http.ApiException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 409 of a refused release action (docs/registry-api.md): every failed guard with what was
 * found and what to do.
 */
final class GuardRefusal {

  /** One failed guard as the API shows it. */
  record Item(String guard, String message, String hint) {}

  private GuardRefusal() {}

  static ApiException of(ReleaseAction action, List<GuardFailure> failures) {
    return ofItems(
        action,
        failures.stream()
            .map(failure -> new Item(failure.guard().code(), failure.message(), failure.hint()))
            .toList());
  }

  static ApiException ofItems(ReleaseAction action, List<Item> items) {
    List<Map<String, Object>> guards =
        items.stream()
            .map(
                item -> {
                  Map<String, Object> guard = new LinkedHashMap<>();
                  guard.put("guard", item.guard());
                  guard.put("message", item.message());
                  guard.put("hint", item.hint());
                  return guard;
                })
            .toList();
    return ApiException.conflict(
        "guard_failed",
        action.wireName()
            + " refused: "
            + items.size()
            + (items.size() == 1 ? " guard failed" : " guards failed"),
        Map.of("guards", guards),
        "Resolve the failed guards, then repeat the action.");
  }
}
