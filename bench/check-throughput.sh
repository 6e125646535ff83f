#!/usr/bin/env bash
# Builds the bench module and measures clearance check throughput (issue 3, docs/benchmarks.md):
# the corpus model cards replicated to 100,000 files, checked on 2 threads, and the ratio of full
# check time to bare YAML + markdown parsing of the same files, both in one JMH run.
#
#   bench/check-throughput.sh [CORPUS_FOLDER] [--cards N] [--forks N] [--warmup N] [--iterations N]
#                             [--json FILE]
#
# CORPUS_FOLDER defaults to ../shared/corpus/model_cards next to this repository. A full run
# (100,000 cards, 2 forks, 3 warm-up and 5 measured iterations) takes 8 batches per fork of each
# benchmark; --cards 5000 --forks 1 --warmup 1 --iterations 2 gives a rough figure quickly.
# Not part of the test command.
set -euo pipefail

root="$(cd -- "$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")/.." && pwd -P)"
# shellcheck source=../scripts/find-jdk.sh
. "$root/scripts/find-jdk.sh"
JAVA_HOME="$(clearance_find_jdk)" || exit 2
export JAVA_HOME

corpus="$root/../shared/corpus/model_cards"
if [[ $# -gt 0 && "$1" != --* ]]; then
  corpus="$1"
  shift
fi
if [[ ! -d "$corpus" ]]; then
  echo "bench: no corpus folder at $corpus; pass the folder of model cards as the first argument" >&2
  exit 2
fi

echo "bench: building the benchmarks jar..." >&2
(cd "$root" && ./mvnw -B -q -DskipTests -Dspotless.check.skip=true -pl bench -am package) >&2
java_options=()
if (($(clearance_java_feature_version "$JAVA_HOME") >= 24)); then
  java_options+=(--sun-misc-unsafe-memory-access=allow) # JMH 1.37 uses sun.misc.Unsafe
fi
exec "$JAVA_HOME/bin/java" "${java_options[@]}" -jar "$root/bench/target/benchmarks.jar" "$corpus" "$@"
