#!/usr/bin/env bash
# Registry load (issue 5; docs/benchmarks.md "Registry API load"): runs `clearance serve` on a
# fresh PostgreSQL database, releases the example Tier 1 model through the API (keys, signed
# bundle, `clearance submit`, review, approval, release), then measures from a separate load
# generator on loopback (wrk):
#   1. public reads of the model's release page, paced at RATE requests/s: latency percentiles
#      (target: p99 < 50 ms at 200 req/s);
#   2. release-event writes (each creates a release: one row and one audit log entry in one
#      transaction) as fast as CONNECTIONS connections go, and pgbench's simple-update TPS
#      (`pgbench -N`) with the same connections on the same PostgreSQL in the same run
#      (target: writes/s >= 0.3 x pgbench TPS).
# Each of the three phases first runs WARMUP seconds that are not counted (reads unpaced), so
# that the figures are those of a server whose JIT compiler has compiled the measured path, as
# it has after minutes in production; the report shows the warm-up figures too, and how many
# seconds the server's JIT compilers took during each measured phase (jstat): if that is more
# than a small part of the phase, the warm-up was too short for the machine.
#
#   bench/registry-load.sh [--duration SECONDS] [--warmup SECONDS] [--connections N]
#                          [--rate REQ_PER_S] [--read-connections N]
#
# Needs wrk (apt-get install wrk), pgbench, curl, jq and PostgreSQL at 127.0.0.1:5432 (user root,
# trust auth). Creates two databases clearance_bench_PID and clearance_pgbench_PID and drops them
# on exit. CLEARANCE_BENCH_SERVER_OPTIONS adds JVM options to the server, e.g. to profile it:
#   CLEARANCE_BENCH_SERVER_OPTIONS="-XX:StartFlightRecording=filename=/tmp/serve.jfr" bench/registry-load.sh
# Not part of the test command.
set -euo pipefail

root="$(cd -- "$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")/.." && pwd -P)"
# shellcheck source=../scripts/find-jdk.sh
. "$root/scripts/find-jdk.sh"
JAVA_HOME="$(clearance_find_jdk)" || exit 2
export JAVA_HOME

duration=30
warmup=60
connections=8
read_connections=20
rate=200
while [[ $# -gt 0 ]]; do
  case "$1" in
    --duration) duration="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --rate) rate="$2"; shift 2 ;;
    --read-connections) read_connections="$2"; shift 2 ;;
    *) echo "bench: unknown option $1" >&2; exit 2 ;;
  esac
done
for tool in wrk pgbench curl jq psql; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (apt-get install wrk postgresql-contrib curl jq)" >&2; exit 2; }
done

echo "bench: building the CLI" >&2
(cd "$root" && ./mvnw -q -B -DskipTests -Dspotless.check.skip=true -pl cli -am package)
java="$JAVA_HOME/bin/java"
jar="$root/cli/target/clearance.jar"
clearance() { "$java" -jar "$jar" "$@"; }

db="clearance_bench_$$"
pgb="clearance_pgbench_$$"
work="$(mktemp -d "${TMPDIR:-/tmp}/clearance-load.XXXXXX")"
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  psql -q -h 127.0.0.1 -U root -d test -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true
  psql -q -h 127.0.0.1 -U root -d test -c "DROP DATABASE IF EXISTS $pgb" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
psql -q -h 127.0.0.1 -U root -d test -c "CREATE DATABASE $db"
psql -q -h 127.0.0.1 -U root -d test -c "CREATE DATABASE $pgb"

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
base="http://127.0.0.1:$port"
read -r -a server_options <<<"${CLEARANCE_BENCH_SERVER_OPTIONS:-}"
"$java" "${server_options[@]}" -jar "$jar" serve --data "$work/data" --port "$port" \
  --db "jdbc:postgresql://127.0.0.1:5432/$db" --db-user root >"$work/serve.out" 2>"$work/serve.err" &
server_pid=$!
for _ in $(seq 1 300); do
  grep -q "Stop with Ctrl-C." "$work/serve.out" 2>/dev/null && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/serve.err" >&2; exit 1; }
  sleep 0.2
done
bootstrap="$(grep -o 'clrb_[A-Za-z0-9_-]*' "$work/serve.out" | head -n 1)"

post() { curl -sS -f -X "$1" "$base$2" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "$3"; }
token="$(curl -sS -f -X POST "$base/api/v1/bootstrap" -H 'Content-Type: application/json' \
  -d "{\"bootstrapToken\":\"$bootstrap\",\"handle\":\"steward\",\"displayName\":\"Bench Steward\"}" | jq -r .token.token)"
post POST /api/v1/orgs '{"slug":"bench","displayName":"Bench","admin":"steward"}' >/dev/null

echo "bench: releasing the example model through the API" >&2
cp -r "$root/examples/tiny-classifier" "$work/model"
clearance keygen --out "$work/keys" >/dev/null
pem="$(jq -Rs . <"$work/keys/public.pem")"
post PUT /api/v1/orgs/bench/keys/release "{\"publicKeyPem\":$pem}" >/dev/null
clearance sign "$work/model" --key "$work/keys/private.pem" --out "$work/model/model.sig" --quiet >/dev/null
CLEARANCE_TOKEN="$token" clearance submit "$work/model" --server "$base" --org bench \
  --model model --release 1.0 >"$work/submit.out" 2>&1 || { cat "$work/submit.out" >&2; exit 1; }
release="/api/v1/orgs/bench/models/model/releases/1.0"
for action in start_review approve release; do
  post POST "$release/transitions" "{\"action\":\"$action\"}" >/dev/null
done
state="$(curl -sS -f "$base$release" | jq -r .state)"
[[ "$state" == released ]] || { echo "bench: the release is $state, not released" >&2; exit 1; }

load_before="$(cut -d' ' -f1 /proc/loadavg)"
# Each connection waits pace_ms after each answer: with many connections the answer time is a
# small part of the period, so the total rate stays close to RATE.
pace_ms=$((1000 * read_connections / rate))
reads() { # reads SECONDS PACE_MS OUTPUT
  PACE_MS="$2" wrk -t2 -c"$read_connections" -d"$1s" --latency \
    -s "$root/bench/wrk/paced-get.lua" "$base$release" >"$3"
}
writes() { # writes SECONDS OUTPUT
  TOKEN="$token" MODEL_PATH="/api/v1/orgs/bench/models/model" wrk -t2 -c"$connections" \
    -d"$1s" -s "$root/bench/wrk/new-releases.lua" "$base/" >"$2"
}
# Seconds the server's JIT compilers have spent so far (jstat), or nothing without jstat: the
# report shows how much of each measured phase they took, which should be close to none.
compile_seconds() {
  [[ -x "$JAVA_HOME/bin/jstat" ]] || return 0
  "$JAVA_HOME/bin/jstat" -compiler "$server_pid" 2>/dev/null | awk 'NR == 2 {print $4}'
}
jit_during() { # jit_during BEFORE AFTER: "N.N s of JIT compilation" or "JIT time unknown"
  if [[ -n "$1" && -n "$2" ]]; then
    awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f s of JIT compilation", b - a}'
  else
    printf 'JIT time unknown (no jstat)'
  fi
}
updates() { # updates SECONDS OUTPUT
  pgbench -h 127.0.0.1 -U root -N -c "$connections" -j 2 -T "$1" "$pgb" >"$2" 2>&1
}
echo "bench: reads: ${warmup}s warm-up (unpaced), then ${duration}s, $read_connections connections, about $rate req/s" >&2
reads "$warmup" 0 "$work/read-warmup.txt"
jit_reads_before="$(compile_seconds)"
reads "$duration" "$pace_ms" "$work/read.txt"
jit_reads_after="$(compile_seconds)"
echo "bench: writes: ${warmup}s warm-up, then ${duration}s, $connections connections" >&2
writes "$warmup" "$work/write-warmup.txt"
jit_writes_before="$(compile_seconds)"
writes "$duration" "$work/write.txt"
jit_writes_after="$(compile_seconds)"
echo "bench: pgbench simple-update: ${warmup}s warm-up, then ${duration}s, $connections clients" >&2
pgbench -q -h 127.0.0.1 -U root -i -s 1 "$pgb" >/dev/null 2>&1
updates "$warmup" "$work/pgbench-warmup.txt"
updates "$duration" "$work/pgbench.txt"
load_after="$(cut -d' ' -f1 /proc/loadavg)"

rps() { awk '/Requests\/sec/ {print $2}' "$1"; }
tps_of() { awk '/^tps/ {print $3; exit}' "$1"; }
read_rps="$(rps "$work/read.txt")"
p50="$(awk '$1=="50%" {print $2}' "$work/read.txt")"
p99="$(awk '$1=="99%" {print $2}' "$work/read.txt")"
write_rps="$(rps "$work/write.txt")"
write_errors="$(awk -F': ' '/non-2xx or failed/ {print $2}' "$work/write.txt")"
tps="$(tps_of "$work/pgbench.txt")"
warm_reads="$(rps "$work/read-warmup.txt")"
warm_writes="$(rps "$work/write-warmup.txt")"
warm_tps="$(tps_of "$work/pgbench-warmup.txt")"
ratio="$(awk -v w="$write_rps" -v t="$tps" 'BEGIN {printf "%.2f", w / t}')"
entries="$(curl -sS "$base/api/v1/log/checkpoint" | sed -n 2p)"

cat <<REPORT
Registry API load, $(date -u +%Y-%m-%dT%H:%MZ), commit $(cd "$root" && git rev-parse --short HEAD), $(nproc) cores, PostgreSQL $(psql -h 127.0.0.1 -U root -d test -tAc 'SHOW server_version'), load average $load_before before, $load_after after
reads  GET $release: $read_rps req/s (paced for $rate), p50 $p50, p99 $p99 ($(jit_during "$jit_reads_before" "$jit_reads_after") in ${duration}s)
writes PUT new release (row + audit entry): $write_rps req/s, failed: ${write_errors:-0} ($(jit_during "$jit_writes_before" "$jit_writes_after") in ${duration}s)
pgbench -N (simple-update), $connections clients: $tps TPS
ratio writes / pgbench TPS: $ratio
warm-up (${warmup}s each, not counted): reads $warm_reads req/s unpaced, writes $warm_writes req/s, pgbench $warm_tps TPS
audit log size after the run: $entries entries
REPORT
