package dev.clearance.server.release;

import dev.clearance.release.ReleaseAction;
import dev.clearance.server.http.ApiException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 409 of a refused release action (docs/registry-api.md): every failed guard with what was
 * found and what to do ({@link Blocker}).
 */
final class GuardRefusal {

  private GuardRefusal() {}

  static ApiException of(ReleaseAction action, List<Blocker> blockers) {
    List<Map<String, Object>> guards =
        blockers.stream()
            .map(
                blocker -> {
                  Map<String, Object> guard = new LinkedHashMap<>();
                  guard.put("guard", blocker.guard());
                  guard.put("message", blocker.message());
                  guard.put("hint", blocker.hint());
                  if (blocker.details() != null) {
                    guard.put("details", blocker.details());
                  }
                  return guard;
                })
            .toList();
    return ApiException.conflict(
        "guard_failed",
        action.wireName()
            + " refused: "
            + blockers.size()
            + (blockers.size() == 1 ? " guard failed" : " guards failed"),
        Map.of("guards", guards),
        "Resolve the failed guards, then repeat the action.");
  }
}
