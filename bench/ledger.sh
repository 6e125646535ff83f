#!/usr/bin/env bash
# Audit log benchmarks (issue 5, ACC-1; docs/benchmarks.md, section "Audit log"): builds the
# bench module and runs dev.clearance.bench.ledger.LedgerBenchmark with JMH, then prints each
# figure beside its reference from the same run:
#   1. batched append (1,000 audit-entry leaves per batch) to the in-memory node store, leaves/s,
#      vs one SHA-256 of each of the same leaves;
#   2. inclusion proof for a random leaf of a 10,000,000-leaf log, vs one SHA-256 of 64 bytes;
#   3. verifying a 1,000,000-leaf log from its entries against a signed checkpoint, vs hashing
#      the same bytes once.
#
#   bench/ledger.sh [--forks N] [--warmup N] [--iterations N] [--proof-leaves N]
#                   [--verify-leaves N]
#
# Defaults: 1 fork, 3 warm-up and 5 measured iterations; building the 10M-leaf log takes about
# half a minute and 1 GB of the 4 GB heap of each fork. Not part of the test command.
set -euo pipefail

root="$(cd -- "$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")/.." && pwd -P)"
# shellcheck source=../scripts/find-jdk.sh
. "$root/scripts/find-jdk.sh"
JAVA_HOME="$(clearance_find_jdk)" || exit 2
export JAVA_HOME

echo "bench: building the benchmarks jar..." >&2
(cd "$root" && ./mvnw -B -q -DskipTests -Dspotless.check.skip=true -pl bench -am package) >&2
java_options=()
if (($(clearance_java_feature_version "$JAVA_HOME") >= 24)); then
  java_options+=(--sun-misc-unsafe-memory-access=allow) # JMH 1.37 uses sun.misc.Unsafe
fi
exec "$JAVA_HOME/bin/java" "${java_options[@]}" -cp "$root/bench/target/benchmarks.jar" \
  dev.clearance.bench.ledger.LedgerBench "$@"
