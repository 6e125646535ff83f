#!/usr/bin/env bash
# Concurrent decisions with audit events on PostgreSQL, without HTTP (issue 5, ACC-1;
# docs/benchmarks.md "Registry API load"): builds the bench module and runs
# dev.clearance.bench.audit.ConcurrentDecisionBenchmark on a fresh PostgreSQL database
# (127.0.0.1:5432, user root; dropped afterwards): THREADS threads each run DECISIONS
# transactions that insert a row and record an audit event, beside the same transactions
# without the event.
#
#   bench/concurrent-decisions.sh [THREADS] [DECISIONS]        (defaults 8 400)
#
# Not part of the test command.
set -euo pipefail

root="$(cd -- "$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")/.." && pwd -P)"
# shellcheck source=../scripts/find-jdk.sh
. "$root/scripts/find-jdk.sh"
JAVA_HOME="$(clearance_find_jdk)" || exit 2
export JAVA_HOME
threads="${1:-8}"
decisions="${2:-400}"

echo "bench: building the benchmarks jar..." >&2
(cd "$root" && ./mvnw -B -q -DskipTests -Dspotless.check.skip=true -pl bench -am package) >&2
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -cp "$root/bench/target/benchmarks.jar" \
  dev.clearance.bench.audit.ConcurrentDecisionBenchmark "$threads" "$decisions"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
