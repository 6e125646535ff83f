package dev.clearance.server.release;

import dev.clearance.release.Guard;
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

  /**
   * One failed guard as the API shows it.
   *
   * @param details what the guard found, e.g. the unanswered findings; empty for none
   */
  record Item(String guard, String message, String hint, Map<String, Object> details) {
    Item(String guard, String message, String hint) {
      this(guard, message, hint, Map.of());
    }
  }

  private GuardRefusal() {}

  /**
   * The refusal of {@code action} for {@code failures}, with {@code details} of guards that have
   * them (e.g. the findings that stop an approval).
   */
  static ApiException of(
      ReleaseAction action, List<GuardFailure> failures, Map<Guard, Map<String, Object>> details) {
    return ofItems(
        action,
        failures.stream()
            .map(
                failure ->
                    new Item(
                        failure.guard().code(),
                        failure.message(),
                        failure.hint(),
                        details.getOrDefault(failure.guard(), Map.of())))
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
                  if (!item.details().isEmpty()) {
                    guard.put("details", item.details());
                  }
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
