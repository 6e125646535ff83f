#!/usr/bin/env bash
# Times `clearance inspect`'s header reading on header-only sharded checkpoints (issue 4, ART-1,
# docs/benchmarks.md): Llama-3.1-405B in 191 BF16 shards with the real shapes, the same shapes as
# F32 (twice the weight bytes, same header bytes) and Llama-3.1-8B in 4 shards. The shards are
# sparse files written in a temporary folder and deleted afterwards; no weight is written or read.
# Warm figures: the inspector runs WARMUP times in the same JVM before RUNS timed runs.
#
#   bench/inspect-checkpoint.sh [WARMUP] [RUNS]      (defaults 20 and 50)
#
# Not part of the test command.
set -euo pipefail

root="$(cd -- "$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")/.." && pwd -P)"
# shellcheck source=../scripts/find-jdk.sh
. "$root/scripts/find-jdk.sh"
JAVA_HOME="$(clearance_find_jdk)" || exit 2
export JAVA_HOME

cd "$root"
./mvnw -B -q -pl artifacts -am install -DskipTests -Dspotless.check.skip=true
classpath_file="$(mktemp)"
trap 'rm -f "$classpath_file"' EXIT
./mvnw -B -q -pl artifacts dependency:build-classpath -Dmdep.outputFile="$classpath_file" \
  -Dmdep.includeScope=test
classpath="artifacts/target/test-classes:artifacts/target/classes:$(cat "$classpath_file")"
"$JAVA_HOME/bin/java" -cp "$classpath" dev.clearance.artifacts.checkpoint.InspectBenchmark "$@"
