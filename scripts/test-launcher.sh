#!/usr/bin/env bash
# Tests for scripts/find-jdk.sh and the ./clearance launcher (OPS-1). Run by scripts/test after
# the Maven build; prints one line per test and exits non-zero when any test fails.
#
# JDK discovery is tested against fake JDKs (a bin/java script printing a version), so the
# results do not depend on which JDKs this machine has. The launcher is tested end to end:
# on a fresh copy of the sources (first-use build, rebuild after a change) and in this checkout
# (exit codes passed through, any working folder, a symlinked launcher, no JDK at all).
set -uo pipefail

root="$(cd -- "$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")/.." && pwd -P)"
work="$(mktemp -d "${TMPDIR:-/tmp}/clearance-launcher-test.XXXXXX")"
trap 'rm -rf -- "$work"' EXIT
failures=0
tests=0

pass() { tests=$((tests + 1)); echo "ok   $1"; }
fail() {
  tests=$((tests + 1)); failures=$((failures + 1))
  echo "FAIL $1"
  shift
  local line
  for line in "$@"; do echo "     $line"; done
}

# expect NAME ACTUAL EXPECTED
expect_equal() {
  if [[ "$2" == "$3" ]]; then pass "$1"; else fail "$1" "expected: $3" "actual:   $2"; fi
}

# expect_contains NAME TEXT NEEDLE
expect_contains() {
  if [[ "$2" == *"$3"* ]]; then pass "$1"; else fail "$1" "expected to contain: $3" "actual: ${2:0:600}"; fi
}

# fake_jdk DIR VERSION_LINE...: a folder whose bin/java prints the given lines on stderr.
fake_jdk() {
  local dir="$1"
  shift
  mkdir -p "$dir/bin"
  {
    echo '#!/usr/bin/env bash'
    local line
    for line in "$@"; do printf 'echo %q >&2\n' "$line"; done
  } >"$dir/bin/java"
  chmod +x "$dir/bin/java"
}

# run_captured: runs "$@", leaving stdout, stderr and status in $out, $err, $status.
run_captured() {
  "$@" >"$work/stdout" 2>"$work/stderr"
  status=$?
  out="$(cat "$work/stdout")"
  err="$(cat "$work/stderr")"
}

# ---------------------------------------------------------------- scripts/find-jdk.sh
jvms="$work/jvm"
fake_jdk "$jvms/jdk-8" 'java version "1.8.0_392"'
fake_jdk "$jvms/jdk-17" 'openjdk version "17.0.15" 2025-04-15'
fake_jdk "$jvms/jdk-21" 'Picked up JAVA_TOOL_OPTIONS: -Dfile.encoding=UTF-8' 'openjdk version "21.0.5" 2024-10-15'
fake_jdk "$jvms/jdk-26-ea" 'openjdk version "26-ea" 2026-03-17'
fake_jdk "$jvms/jdk-25" 'openjdk version "25.0.3" 2026-04-21 LTS'
mkdir -p "$jvms/docs-only" "$work/no-jvm"
fake_jdk "$work/broken" 'no version here'

# find_jdk ENV...: runs clearance_find_jdk in a fresh shell with the given environment.
find_jdk() { run_captured env "$@" bash -c '. "$1" && clearance_find_jdk' _ "$root/scripts/find-jdk.sh"; }

find_jdk -u JAVA_HOME CLEARANCE_JVM_DIR="$jvms"
expect_equal "find-jdk: picks the newest JDK under the JVM folder" "$out" "$jvms/jdk-26-ea"

find_jdk JAVA_HOME="$jvms/jdk-21" CLEARANCE_JVM_DIR="$jvms"
expect_equal "find-jdk: prefers JAVA_HOME when it is 21 or newer" "$out" "$jvms/jdk-21"

find_jdk JAVA_HOME="$jvms/jdk-17" CLEARANCE_JVM_DIR="$jvms"
expect_equal "find-jdk: passes over a JAVA_HOME older than 21" "$out" "$jvms/jdk-26-ea"

find_jdk JAVA_HOME="$work/broken" CLEARANCE_JVM_DIR="$jvms"
expect_equal "find-jdk: passes over a JAVA_HOME whose java prints no version" "$out" "$jvms/jdk-26-ea"

# A JDK's release file gives its version without starting it (a java that fails would be passed over).
mkdir -p "$work/with-release"
fake_jdk "$work/with-release/jdk-22" 'no version here'
printf 'IMPLEMENTOR="test"\nJAVA_VERSION="22.0.1"\n' >"$work/with-release/jdk-22/release"
fake_jdk "$work/with-release/jdk-21" 'openjdk version "21.0.5" 2024-10-15'
find_jdk -u JAVA_HOME CLEARANCE_JVM_DIR="$work/with-release"
expect_equal "find-jdk: reads JAVA_VERSION from a JDK's release file" "$out" "$work/with-release/jdk-22"

# Every launch runs find-jdk, so with release files it must need no other program (no PATH).
run_captured env -u JAVA_HOME PATH=/nonexistent CLEARANCE_JVM_DIR="$work/with-release" \
  /bin/bash -c '. "$1" && clearance_find_jdk' _ "$root/scripts/find-jdk.sh"
expect_equal "find-jdk: with release files it runs no other program" "$out|$err" \
  "$work/with-release/jdk-22|"

mkdir -p "$work/old-only"
cp -r "$jvms/jdk-8" "$jvms/jdk-17" "$work/old-only/"
find_jdk JAVA_HOME="$jvms/jdk-17" CLEARANCE_JVM_DIR="$work/old-only"
expect_equal "find-jdk: without a JDK 21+ returns 2" "$status" "2"
expect_equal "find-jdk: without a JDK 21+ prints nothing on stdout" "$out" ""
expect_contains "find-jdk: without a JDK 21+ says what to install" "$err" "apt-get install openjdk-21-jdk"
expect_contains "find-jdk: without a JDK 21+ names the rejected JAVA_HOME" "$err" "JAVA_HOME=$jvms/jdk-17"

run_captured env JAVA_HOME="$jvms/jdk-21" CLEARANCE_JVM_DIR="$jvms" "$root/scripts/find-jdk.sh"
expect_equal "find-jdk: run directly, prints an export line" "$out" "export JAVA_HOME=$jvms/jdk-21"

run_captured env JAVA_HOME="$jvms/jdk-17" CLEARANCE_JVM_DIR="$work/old-only" "$root/scripts/find-jdk.sh"
expect_equal "find-jdk: run directly without a JDK 21+, exits 2" "$status" "2"

# ---------------------------------------------------------------- ./clearance on a fresh copy
# A copy of the sources without any build output: the first run must build, say so on stderr
# only, and still print the CLI's own output on stdout.
copy="$work/checkout"
mkdir -p "$copy"
tar -C "$root" --exclude=./.git --exclude=target --exclude=.cifuzz-corpus -cf - . | tar -C "$copy" -xf -

cd /
run_captured "$copy/clearance" --version
expect_equal "launcher: first run builds the CLI and exits 0" "$status" "0"
expect_contains "launcher: first run announces the build on stderr" "$err" "building the CLI"
if [[ -n "$out" && "$out" != *"building"* ]]; then
  pass "launcher: first run prints the CLI's output, not the build's, on stdout"
else
  fail "launcher: first run prints the CLI's output, not the build's, on stdout" "stdout: $out"
fi
built_version="$out"

run_captured "$copy/clearance" --version
expect_equal "launcher: second run prints nothing of its own" "$err" ""
expect_equal "launcher: second run gives the same output" "$out" "$built_version"

# The start-up cache (JDK 25+): trained once after the build, used while newer than the jar,
# trained again when the jar is newer, never with CLEARANCE_AOT_CACHE=off or on older JDKs.
aot_cache="$copy/cli/target/clearance.aot"
jdk_home="$(. "$root/scripts/find-jdk.sh" && clearance_find_jdk 2>/dev/null)"
jdk_version="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk_home/release" 2>/dev/null)"
if [[ "$jdk_version" =~ ^[0-9]+$ ]] && ((jdk_version >= 25)); then
  touch -r "$copy/cli/target/clearance.jar" "$work/jar-built" # the tests below move the jar's time
  if [[ -s "$aot_cache" && "$aot_cache" -nt "$copy/cli/target/clearance.jar" ]]; then
    pass "launcher: on JDK $jdk_version the first run leaves a start-up cache newer than the jar"
  else
    fail "launcher: on JDK $jdk_version the first run leaves a start-up cache newer than the jar" \
      "$(ls -la --time-style=full-iso "$copy/cli/target" 2>&1 | grep -E 'clearance\.(jar|aot)')"
  fi
  touch -d '+2 seconds' "$copy/cli/target/clearance.jar"
  run_captured "$copy/clearance" --version
  expect_contains "launcher: a jar newer than the start-up cache trains it again" "$err" "preparing the start-up cache"
  expect_equal "launcher: a run after training the cache gives the same output" "$out" "$built_version"
  touch -d '+4 seconds' "$copy/cli/target/clearance.jar"
  run_captured env CLEARANCE_AOT_CACHE=off "$copy/clearance" --version
  expect_equal "launcher: CLEARANCE_AOT_CACHE=off neither trains nor prints" "$err" ""
  if [[ "$aot_cache" -nt "$copy/cli/target/clearance.jar" ]]; then
    fail "launcher: CLEARANCE_AOT_CACHE=off leaves the stale cache alone"
  else
    pass "launcher: CLEARANCE_AOT_CACHE=off leaves the stale cache alone"
  fi
  printf 'not a cache' >"$aot_cache"
  touch -d '+6 seconds' "$aot_cache"
  run_captured "$copy/clearance" --version
  expect_equal "launcher: a broken start-up cache is skipped quietly" "$err|$out" "|$built_version"
  # Back to the build's time, so that the rebuild tests below see their changes as newer.
  touch -r "$work/jar-built" "$copy/cli/target/clearance.jar"
else
  if [[ -e "$aot_cache" ]]; then
    fail "launcher: on JDK ${jdk_version:-unknown} no start-up cache is made"
  else
    pass "launcher: on JDK ${jdk_version:-unknown} no start-up cache is made"
  fi
fi

# A POM newer than the jar makes the next run rebuild: in any module the CLI may use, not only
# core and cli, so take another one when there is one.
changed="core/pom.xml"
for pom in "$copy"/*/pom.xml; do
  case "${pom#"$copy"/}" in
    core/* | cli/* | bench/*) ;;
    *) changed="${pom#"$copy"/}" ;;
  esac
done
touch -d '+2 seconds' "$copy/$changed"
run_captured "$copy/clearance" --version
expect_contains "launcher: rebuilds when $changed is newer than the jar" "$err" "building the CLI"
expect_equal "launcher: rebuild still exits 0" "$status" "0"

# A broken source: the build fails, the launcher says so and exits 2 (not 1, which means
# "requirements failed").
echo 'this is not java' >"$copy/cli/src/main/java/Broken.java"
run_captured "$copy/clearance" --version
expect_equal "launcher: a failed build exits 2" "$status" "2"
expect_contains "launcher: a failed build says so" "$err" "the build failed"
rm -f "$copy/cli/src/main/java/Broken.java"

# ---------------------------------------------------------------- ./clearance in this checkout
example="$root/examples"
cd "$work"
# Bring the jar up to date first (scripts/test has just built it; a working tree being edited
# may have newer sources), so the runs below measure the launcher, not a rebuild.
"$root/clearance" --version >/dev/null 2>&1

run_captured "$root/clearance" check "$example/tiny-classifier"
expect_equal "launcher: passes exit code 0 through (tiny-classifier passes)" "$status" "0"
expect_equal "launcher: adds nothing to stderr on success" "$err" ""

run_captured "$root/clearance" check "$example/incomplete-model"
expect_equal "launcher: passes exit code 1 through (incomplete-model fails)" "$status" "1"

run_captured "$root/clearance" check "$work/no-such-model"
expect_equal "launcher: passes exit code 2 through (missing path)" "$status" "2"

# Relative paths are resolved against the caller's folder, not the repository.
mkdir -p "$work/models"
cp -r "$example/tiny-classifier" "$work/models/"
(cd "$work/models" && run_captured "$root/clearance" check tiny-classifier && echo "$status" >"$work/relative-status")
expect_equal "launcher: resolves relative paths against the working folder" "$(cat "$work/relative-status")" "0"

mkdir -p "$work/bin"
ln -s "$root/clearance" "$work/bin/clearance"
run_captured "$work/bin/clearance" check "$example/tiny-classifier"
expect_equal "launcher: works through a symlink on PATH" "$status" "0"

# JAVA_HOME pointing at an old JDK is passed over; the release-21 jar still runs.
run_captured env JAVA_HOME="$jvms/jdk-17" "$root/clearance" check "$example/tiny-classifier"
expect_equal "launcher: passes over JAVA_HOME older than 21" "$status" "0"

run_captured env JAVA_HOME="$jvms/jdk-17" CLEARANCE_JVM_DIR="$work/old-only" "$root/clearance" --version
expect_equal "launcher: without a JDK 21+ exits 2" "$status" "2"
expect_contains "launcher: without a JDK 21+ says what to install" "$err" "apt-get install openjdk-21-jdk"
expect_equal "launcher: without a JDK 21+ prints nothing on stdout" "$out" ""

echo "launcher tests: $tests run, $failures failed"
((failures == 0))
