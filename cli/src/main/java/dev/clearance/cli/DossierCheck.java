package dev.clearance.cli;

import dev.clearance.document.InputException;
import dev.clearance.policy.Policy;
import dev.clearance.report.CheckReport;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Reads the dossier at a path and checks it under a policy; {@link Main} wires the real one. */
@FunctionalInterface
interface DossierCheck {

  /**
   * @param policy the policy to check under
   * @param subject a model release folder or a single card file, as the user named it
   * @param warnings told about input that was skipped, one sentence each
   * @throws InputException when a file is missing, unreadable or malformed
   */
  CheckReport check(Policy policy, Path subject, Consumer<String> warnings) throws InputException;
}
