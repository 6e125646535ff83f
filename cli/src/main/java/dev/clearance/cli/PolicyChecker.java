package dev.clearance.cli;

import dev.clearance.check.Checker;
import dev.clearance.document.InputException;
import dev.clearance.policy.Policy;
import dev.clearance.report.CheckReport;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;

/** The real {@link DossierCheck}: reads the dossier, then runs core's {@link Checker} on it. */
final class PolicyChecker implements DossierCheck {

  private final DossierSource dossiers;
  private final Clock clock;

  PolicyChecker(DossierSource dossiers, Clock clock) {
    this.dossiers = dossiers;
    this.clock = clock;
  }

  @Override
  public CheckReport check(Policy policy, Path subject, Consumer<String> warnings)
      throws InputException {
    return new Checker(policy, clock).check(dossiers.read(subject, warnings));
  }
}
