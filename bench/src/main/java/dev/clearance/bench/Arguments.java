package dev.clearance.bench;

import java.nio.file.Path;

/**
 * Command-line arguments of {@link CheckThroughput}.
 *
 * @param corpus folder of markdown model cards to replicate
 * @param cards how many card files to replicate them to
 * @param forks JMH forks per benchmark
 * @param warmup warm-up iterations per fork (each checks every card once)
 * @param iterations measured iterations per fork
 * @param json where to write JMH's JSON results, or null
 */
record Arguments(Path corpus, int cards, int forks, int warmup, int iterations, Path json) {

  static final String USAGE =
      "usage: java -jar bench/target/benchmarks.jar CORPUS_FOLDER"
          + " [--cards N] [--forks N] [--warmup N] [--iterations N] [--json FILE]";

  Arguments {
    if (corpus == null) {
      throw new IllegalArgumentException("name the folder of model cards to replicate");
    }
    if (cards < 1 || forks < 1 || warmup < 0 || iterations < 1) {
      throw new IllegalArgumentException(
          "cards, forks and iterations must be at least 1, warmup at least 0");
    }
  }

  /**
   * @throws IllegalArgumentException for an unknown option, a missing value or a bad number
   */
  static Arguments parse(String[] args) {
    Path corpus = null;
    int cards = Integer.parseInt(CheckThroughputBenchmark.DEFAULT_CARDS);
    int forks = 2;
    int warmup = 3;
    int iterations = 5;
    Path json = null;
    for (int index = 0; index < args.length; index++) {
      String arg = args[index];
      switch (arg) {
        case "--cards" -> cards = number(args, ++index, arg);
        case "--forks" -> forks = number(args, ++index, arg);
        case "--warmup" -> warmup = number(args, ++index, arg);
        case "--iterations" -> iterations = number(args, ++index, arg);
        case "--json" -> json = Path.of(value(args, ++index, arg));
        default -> {
          if (arg.startsWith("-") || corpus != null) {
            throw new IllegalArgumentException("unexpected argument: " + arg);
          }
          corpus = Path.of(arg);
        }
      }
    }
    return new Arguments(corpus, cards, forks, warmup, iterations, json);
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[index];
  }

  private static int number(String[] args, int index, String option) {
    String value = value(args, index, option);
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a whole number, got '" + value + "'");
    }
  }
}
