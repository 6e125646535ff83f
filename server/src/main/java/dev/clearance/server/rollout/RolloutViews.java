package dev.clearance.server.rollout;

import dev.clearance.policy.RolloutStage;
import dev.clearance.server.release.ReleaseRef;
import dev.clearance.server.release.Times;
import dev.clearance.store.Repositories;
import dev.clearance.store.identity.User;
import dev.clearance.store.rollout.StageEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the {@link RolloutView} of a release. */
final class RolloutViews {

  private RolloutViews() {}

  static RolloutView of(Repositories tx, ReleaseRef ref, RolloutSituation situation) {
    List<StageEntry> history = RolloutPositions.stages(tx).history(ref.release().id());
    String current = situation.position().map(position -> position.stage()).orElse(null);
    List<String> reached = history.stream().map(StageEntry::stage).toList();
    List<StageView> stages = new ArrayList<>();
    boolean beforeCurrent = current != null;
    for (RolloutStage stage : situation.rollout().stages()) {
      String status;
      if (stage.id().equals(current)) {
        status = "current";
        beforeCurrent = false;
      } else {
        status = beforeCurrent && reached.contains(stage.id()) ? "done" : "upcoming";
      }
      Optional<StageEntry> last =
          history.reversed().stream().filter(entry -> entry.stage().equals(stage.id())).findFirst();
      stages.add(
          new StageView(
              stage.id(),
              stage.title(),
              stage.audience(),
              stage.minDays(),
              stage.entryCriteria(),
              status,
              last.map(entry -> Times.iso(entry.enteredAt())).orElse(null),
              last.map(StageEntry::leftAt).map(Times::iso).orElse(null)));
    }
    List<StageMoveView> moves =
        history.stream()
            .map(
                entry ->
                    new StageMoveView(
                        entry.stage(),
                        entry.how(),
                        entry.enteredBy() == null ? null : handle(tx, entry.enteredBy()),
                        Times.iso(entry.enteredAt()),
                        entry.reason()))
            .toList();
    return new RolloutView(
        situation.policy().ref().toString(),
        stages,
        current,
        situation.nextStage().map(RolloutStage::id).orElse(null),
        situation
            .position()
            .map(position -> Times.iso(situation.rollout().earliestNext(position)))
            .orElse(null),
        situation.blockers(),
        situation.readyForRelease(),
        moves);
  }

  private static String handle(Repositories tx, String userId) {
    return tx.users().find(userId).map(User::handle).orElse(userId);
  }
}
