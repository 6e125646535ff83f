#!/usr/bin/env bash
# Hashing throughput (issue 4, ART-3; docs/benchmarks.md): generates a model folder of FILES files
# of SIZE_MIB MiB each (default 8 x 512 MiB = 4 GiB) and hashes it, warm page cache, with
#   1. ./clearance digest, the launcher as users run it (SHA-256, serialization "files", one
#      thread per core; with its start-up cache on JDK 25+),
#   2. openssl dgst -sha256 over all files in parallel (xargs -P $(nproc)),
#   3. sha256sum over all files (one process),
# then prints each throughput and the ratios Clearance/openssl and Clearance/sha256sum, end to end
# (JVM start included) and for the walk and hash alone (digest --format json's hashSeconds).
#
#   bench/hash-throughput.sh [--files N] [--size-mib N] [--dir DIR] [--runs N]
#
# Checks free disk space first and deletes the generated folder on exit. Each tool runs --runs
# times (default 3), the best time counts. Not part of the test command.
set -euo pipefail

root="$(cd -- "$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")/.." && pwd -P)"
# shellcheck source=../scripts/find-jdk.sh
. "$root/scripts/find-jdk.sh"
JAVA_HOME="$(clearance_find_jdk)" || exit 2
export JAVA_HOME

files=8
size_mib=512
runs=3
dir="${TMPDIR:-/tmp}/clearance-hash-bench.$$"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --files) files="$2"; shift 2 ;;
    --size-mib) size_mib="$2"; shift 2 ;;
    --dir) dir="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    *) echo "bench: unknown option $1" >&2; exit 2 ;;
  esac
done

total_bytes=$((files * size_mib * 1024 * 1024))
parent="$(dirname -- "$dir")"
free_kib="$(df -Pk -- "$parent" | awk 'NR==2 {print $4}')"
need_kib=$((total_bytes / 1024 + 1024 * 1024))
if ((free_kib < need_kib)); then
  echo "bench: need $((need_kib / 1024)) MiB free in $parent, have $((free_kib / 1024)) MiB" >&2
  exit 2
fi
mem_kib="$(awk '/MemAvailable/ {print $2}' /proc/meminfo)"
if ((mem_kib < total_bytes / 1024 + 512 * 1024)); then
  echo "bench: warning: $((mem_kib / 1024)) MiB available memory; the folder may not stay cached" >&2
fi

mkdir -p -- "$dir"
trap 'rm -rf -- "$dir"' EXIT

echo "bench: building the CLI jar" >&2
(cd "$root" && ./mvnw -B -q -DskipTests -Dspotless.check.skip=true -pl cli -am package) >&2
# Everything below runs the CLI as users do, through the ./clearance launcher (with its start-up
# cache on JDK 25 and newer); this first call prepares that cache outside the measurement.
"$root/clearance" version > /dev/null

echo "bench: generating $files x $size_mib MiB in $dir" >&2
for ((index = 0; index < files; index++)); do
  # Pseudo-random, incompressible content; fast to produce (AES-CTR keystream).
  { openssl enc -aes-128-ctr -nosalt -pass "pass:clearance-$index" -in /dev/zero 2>/dev/null || true; } \
    | head -c "$((size_mib * 1024 * 1024))" > "$dir/model-$(printf '%05d' "$index").safetensors"
done
cat "$dir"/* > /dev/null # warm the page cache

now() { date +%s.%N; }
best=()
measure() { # label, command...
  local label="$1" fastest=""
  shift
  for ((run = 0; run < runs; run++)); do
    local start end took
    start="$(now)"
    "$@" > /dev/null
    end="$(now)"
    took="$(echo "$end - $start" | bc -l)"
    if [[ -z "$fastest" ]] || (($(echo "$took < $fastest" | bc -l))); then
      fastest="$took"
    fi
  done
  best+=("$label=$fastest")
  printf '%-34s %8.3f s  %7.2f GB/s\n' "$label" "$fastest" "$(echo "$total_bytes / $fastest / 1000000000" | bc -l)"
}

cores="$(nproc)"
echo "hashing $((total_bytes / 1024 / 1024)) MiB in $files files on $cores cores, best of $runs"
measure "clearance digest" "$root/clearance" digest --quiet "$dir"
inner=""
for ((run = 0; run < runs; run++)); do
  took="$("$root/clearance" digest --quiet --format json "$dir" \
    | sed -n 's/.*"hashSeconds" *: *\([0-9.Ee-]*\).*/\1/p')"
  took="$(printf '%.6f' "$took")"
  if [[ -z "$inner" ]] || (($(echo "$took < $inner" | bc -l))); then inner="$took"; fi
done
printf '%-34s %8.3f s  %7.2f GB/s\n' "  of which walking and hashing" "$inner" \
  "$(echo "$total_bytes / $inner / 1000000000" | bc -l)"
measure "openssl dgst -sha256 (xargs -P $cores)" \
  sh -c "ls -1 '$dir'/* | xargs -P '$cores' -n 1 openssl dgst -sha256"
measure "sha256sum" sh -c "sha256sum '$dir'/*"

seconds() {
  for entry in "${best[@]}"; do
    if [[ "$entry" == "$1="* ]]; then echo "${entry#*=}"; fi
  done
}
clearance="$(seconds "clearance digest")"
openssl_time="$(seconds "openssl dgst -sha256 (xargs -P $cores)")"
sha256sum_time="$(seconds "sha256sum")"
printf 'clearance / parallel openssl: %.2f (target >= 0.9)\n' "$(echo "$openssl_time / $clearance" | bc -l)"
printf 'clearance / sha256sum:        %.2f (target >= 4)\n' "$(echo "$sha256sum_time / $clearance" | bc -l)"
printf 'without JVM start-up: clearance / parallel openssl %.2f, / sha256sum %.2f\n' \
  "$(echo "$openssl_time / $inner" | bc -l)" "$(echo "$sha256sum_time / $inner" | bc -l)"
