package dev.clearance.server.rollout;

import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.release.ReleasePolicies;
import dev.clearance.server.route.Access;
import dev.clearance.server.route.Endpoint;
import dev.clearance.server.route.Endpoint.Method;
import java.util.List;

/**
 * The endpoints of staged rollouts (issue 6 item 6; REV-6). The rollout starts with the {@code
 * stage} release action and ends with {@code release}; in between the organization advances stage
 * by stage, and it or a steward rolls back.
 */
public final class RolloutEndpoints {

  private static final String ROLLOUT =
      "/api/v1/orgs/{org}/models/{model}/releases/{version}/rollout";

  private RolloutEndpoints() {}

  public static List<Endpoint> list(RegistryContext context) {
    RolloutHandlers handlers = new RolloutHandlers(context, new ReleasePolicies(context.policy()));
    return List.of(
        Endpoint.of(
            Method.GET,
            ROLLOUT,
            "getRollout",
            "rollout",
            "The release's staged rollout: the policy's stages, the current one, what blocks the"
                + " next, and every move",
            Access.anyone(),
            RolloutView.class,
            handlers::get),
        Endpoint.withBody(
            Method.POST,
            ROLLOUT + "/advance",
            "advanceRollout",
            "rollout",
            "Enter the next stage once the current one ran its minimum duration and the next"
                + " one's entry criteria hold",
            Access.releaser(),
            RollbackBody.class,
            "{}",
            RolloutView.class,
            200,
            handlers::advance),
        Endpoint.withBody(
            Method.POST,
            ROLLOUT + "/rollback",
            "rollBackRollout",
            "rollout",
            "Return to the previous stage, with a reason (organization or steward)",
            Access.releaserOrSteward(),
            RollbackBody.class,
            "{\"reason\": \"a jailbreak spread in the limited stage\"}",
            RolloutView.class,
            200,
            handlers::rollback));
  }
}
