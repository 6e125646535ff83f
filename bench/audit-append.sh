#!/usr/bin/env bash
# Audit log appends in the database (issue 5, ACC-1; docs/benchmarks.md "Audit log"): builds the
# bench module and runs dev.clearance.bench.audit.AuditAppendBenchmark on the embedded SQLite
# and on a fresh PostgreSQL database (127.0.0.1:5432, user root; dropped afterwards): EVENTS
# decisions appended in transactions of BATCH, beside plain inserts of the same rows.
#
#   bench/audit-append.sh [EVENTS] [BATCH]        (defaults 20000 100)
#
# Target (issue 5): batched append >= 10,000 leaves/s. Not part of the test command.
set -euo pipefail

root="$(cd -- "$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")/.." && pwd -P)"
# shellcheck source=../scripts/find-jdk.sh
. "$root/scripts/find-jdk.sh"
JAVA_HOME="$(clearance_find_jdk)" || exit 2
export JAVA_HOME
events="${1:-20000}"
batch="${2:-100}"

echo "bench: building the benchmarks jar..." >&2
(cd "$root" && ./mvnw -B -q -DskipTests -Dspotless.check.skip=true -pl bench -am package) >&2
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for db in sqlite postgres; do
  "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -cp "$root/bench/target/benchmarks.jar" \
    dev.clearance.bench.audit.AuditAppendBenchmark "$db" "$events" "$batch"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
