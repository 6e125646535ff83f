package dev.clearance.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options of every command that walks and hashes a model folder (digest, sign, verify). */
final class WalkOptions {

  @Option(names = "--ignore", paramLabel = "PATH", description = "Also ignore this relative path.")
  List<String> ignore = new ArrayList<>();

  @Option(names = "--allow-symlinks", description = "Follow links to files inside the folder.")
  boolean allowSymlinks;

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;
}
