#!/usr/bin/env bash
# Fuzzes the checkpoint header readers (OPS-2) with Jazzer, one target after the other, each for
# the given time (default 10m): safetensors headers, GGUF headers and sharded-checkpoint indexes.
#
#   bench/fuzz.sh [DURATION] [TARGET...]
#
# DURATION is a Jazzer duration such as 30s, 10m or 2h. TARGET is a test class name; the default
# is all three (SafetensorsReaderFuzzTest GgufReaderFuzzTest ShardIndexReaderFuzzTest).
# The normal test command runs the same targets in regression mode over their committed seeds
# (artifacts/src/test/resources/dev/clearance/artifacts/checkpoint/<Class>Inputs/). Inputs that
# reach new code go to artifacts/.cifuzz-corpus/ (ignored by git); an input that fails is saved
# into the seeds folder: fix the bug and commit it as a regression seed. Needs about 2 GB of
# memory. Exits non-zero when a target finds a failure. Not part of the test command.
set -euo pipefail

root="$(cd -- "$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")/.." && pwd -P)"
# shellcheck source=../scripts/find-jdk.sh
. "$root/scripts/find-jdk.sh"
JAVA_HOME="$(clearance_find_jdk)" || exit 2
export JAVA_HOME

duration="${1:-10m}"
[[ $# -gt 0 ]] && shift
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
  targets=(SafetensorsReaderFuzzTest GgufReaderFuzzTest ShardIndexReaderFuzzTest)
fi

cd "$root"
./mvnw -B -q -pl artifacts -am install -DskipTests -Dspotless.check.skip=true
status=0
for target in "${targets[@]}"; do
  echo "fuzz: $target for $duration" >&2
  if ! JAZZER_FUZZ=1 ./mvnw -B -q -pl artifacts test -Dspotless.check.skip=true \
    -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false \
    -Djazzer.max_duration="$duration"; then
    echo "fuzz: $target found a failure; see artifacts/target/surefire-reports" >&2
    status=1
  fi
done
exit "$status"
