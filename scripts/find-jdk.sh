#!/usr/bin/env bash
# shellcheck shell=bash
# Finds a JDK >= 21 for Clearance's scripts. Sourced by ./clearance, scripts/test and .ci/run;
# defines functions only and changes nothing in the caller's environment.
#
#   home="$(clearance_find_jdk)" || exit 2
#
# Run directly, it prints an export line for an interactive shell:
#
#   eval "$(scripts/find-jdk.sh)" && ./mvnw -pl core -am verify
#
# Order: $JAVA_HOME when its bin/java reports version >= 21, else the newest JDK under
# $CLEARANCE_JVM_DIR (default /usr/lib/jvm) whose bin/java reports >= 21. On success prints the
# JDK's home folder on stdout; otherwise prints what to install on stderr and returns 2.

CLEARANCE_MIN_JAVA=21

# Prints the feature version (8, 17, 21, 25, ...) of the JDK at "$1": from its release file's
# JAVA_VERSION when it has one (every JDK since 9 does; reading it costs no JVM start), else what
# "$1/bin/java -version" reports; fails when there is no runnable java there or no version.
clearance_java_feature_version() {
  local java="$1/bin/java" output version=""
  [[ -x "$java" && ! -d "$java" ]] || return 1
  if [[ -f "$1/release" ]]; then
    version="$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$1/release" | head -n 1)"
  fi
  if [[ -z "$version" ]]; then
    # The version line may follow "Picked up JAVA_TOOL_OPTIONS: ..." lines.
    output="$("$java" -version 2>&1)" || return 1
    version="$(sed -n 's/^[^"]* version "\([^"]*\)".*/\1/p' <<<"$output" | head -n 1)"
  fi
  [[ -n "$version" ]] || return 1
  if [[ "$version" == 1.* ]]; then # 1.8.0_392 is Java 8
    version="${version#1.}"
  fi
  version="${version%%[!0-9]*}" # 25.0.3 -> 25, 21-ea -> 21
  [[ -n "$version" ]] || return 1
  printf '%s\n' "$version"
}

clearance_find_jdk() {
  local version best_home="" best_version=0 candidate
  if [[ -n "${JAVA_HOME:-}" ]]; then
    version="$(clearance_java_feature_version "$JAVA_HOME")" || version=0
    if ((version >= CLEARANCE_MIN_JAVA)); then
      printf '%s\n' "${JAVA_HOME%/}"
      return 0
    fi
  fi
  local jvm_dir="${CLEARANCE_JVM_DIR:-/usr/lib/jvm}"
  for candidate in "$jvm_dir"/*/; do
    candidate="${candidate%/}"
    [[ -d "$candidate" ]] || continue
    version="$(clearance_java_feature_version "$candidate")" || continue
    if ((version >= CLEARANCE_MIN_JAVA && version > best_version)); then
      best_home="$candidate"
      best_version="$version"
    fi
  done
  if [[ -n "$best_home" ]]; then
    printf '%s\n' "$best_home"
    return 0
  fi
  {
    echo "clearance: no JDK ${CLEARANCE_MIN_JAVA} or newer found."
    if [[ -n "${JAVA_HOME:-}" ]]; then
      echo "  JAVA_HOME=${JAVA_HOME} is not a JDK ${CLEARANCE_MIN_JAVA}+ (checked \$JAVA_HOME/bin/java -version)."
    fi
    echo "  Searched: ${jvm_dir}/*/bin/java"
    echo "  Install one, then run the command again:"
    echo "    Debian 13+ / Ubuntu 22.04+:  apt-get install openjdk-21-jdk"
    echo "    Debian 12 and others:        Eclipse Temurin, e.g. apt-get install temurin-21-jdk"
    echo "                                 after adding https://packages.adoptium.net/artifactory/deb"
    echo "                                 (steps: https://adoptium.net/installation/linux/)"
    echo "  Or point JAVA_HOME at an installed JDK ${CLEARANCE_MIN_JAVA}+."
  } >&2
  return 2
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  clearance_jdk_home="$(clearance_find_jdk)" || exit 2
  printf 'export JAVA_HOME=%q\n' "$clearance_jdk_home"
fi
