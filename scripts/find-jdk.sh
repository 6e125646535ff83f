#!/usr/bin/env bash
# shellcheck shell=bash
# Finds a JDK >= 21 for Clearance's scripts. Sourced by ./clearance, scripts/test and .ci/run;
# defines functions, which set only the shell variables clearance_jdk_home and
# clearance_feature_version, and exports nothing.
#
#   home="$(clearance_find_jdk)" || exit 2
#   clearance_locate_jdk || exit 2   # the same into $clearance_jdk_home, without a subshell
#
# Run directly, it prints an export line for an interactive shell:
#
#   eval "$(scripts/find-jdk.sh)" && ./mvnw -pl core -am verify
#
# Order: $JAVA_HOME when its bin/java reports version >= 21, else the newest JDK under
# $CLEARANCE_JVM_DIR (default /usr/lib/jvm) whose bin/java reports >= 21. On success prints the
# JDK's home folder on stdout; otherwise prints what to install on stderr and returns 2.

CLEARANCE_MIN_JAVA=21

# Sets clearance_feature_version to the feature version (8, 17, 21, 25, ...) of the JDK at "$1":
# from its release file's JAVA_VERSION when it has one (every JDK since 9 does; reading it costs
# no JVM start), else from what "$1/bin/java -version" reports. Returns 1, with the variable
# empty, when there is no runnable java there or no version. Uses shell builtins only on the
# common path: a process start costs milliseconds on small machines, and every launch runs this.
clearance_read_feature_version() {
  local java="$1/bin/java" line version="" output
  clearance_feature_version=""
  [[ -x "$java" && ! -d "$java" ]] || return 1
  if [[ -f "$1/release" ]]; then
    while IFS= read -r line || [[ -n "$line" ]]; do
      if [[ "$line" == JAVA_VERSION=\"* ]]; then
        version="${line#JAVA_VERSION=\"}"
        version="${version%%\"*}"
        break
      fi
    done <"$1/release"
  fi
  if [[ -z "$version" ]]; then
    # The version line may follow "Picked up JAVA_TOOL_OPTIONS: ..." lines.
    output="$("$java" -version 2>&1)" || return 1
    while IFS= read -r line; do
      if [[ "$line" =~ \ version\ \"([^\"]*)\" ]]; then
        version="${BASH_REMATCH[1]}"
        break
      fi
    done <<<"$output"
  fi
  [[ -n "$version" ]] || return 1
  if [[ "$version" == 1.* ]]; then # 1.8.0_392 is Java 8
    version="${version#1.}"
  fi
  version="${version%%[!0-9]*}" # 25.0.3 -> 25, 21-ea -> 21
  [[ -n "$version" ]] || return 1
  clearance_feature_version="$version"
}

# Prints the feature version of the JDK at "$1" (see clearance_read_feature_version).
clearance_java_feature_version() {
  clearance_read_feature_version "$1" || return 1
  printf '%s\n' "$clearance_feature_version"
}

# Sets clearance_jdk_home to the JDK to use (order above) and clearance_feature_version to its
# feature version; otherwise prints what to install on stderr and returns 2. Starts no process
# when the JDKs have release files.
clearance_locate_jdk() {
  local best_home="" best_version=0 candidate
  clearance_jdk_home=""
  if [[ -n "${JAVA_HOME:-}" ]] && clearance_read_feature_version "$JAVA_HOME" \
    && ((clearance_feature_version >= CLEARANCE_MIN_JAVA)); then
    clearance_jdk_home="${JAVA_HOME%/}"
    return 0
  fi
  local jvm_dir="${CLEARANCE_JVM_DIR:-/usr/lib/jvm}"
  for candidate in "$jvm_dir"/*/; do
    candidate="${candidate%/}"
    [[ -d "$candidate" ]] || continue
    clearance_read_feature_version "$candidate" || continue
    if ((clearance_feature_version >= CLEARANCE_MIN_JAVA \
      && clearance_feature_version > best_version)); then
      best_home="$candidate"
      best_version="$clearance_feature_version"
    fi
  done
  if [[ -n "$best_home" ]]; then
    clearance_jdk_home="$best_home"
    clearance_feature_version="$best_version"
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

# Prints the JDK's home folder on stdout (see clearance_locate_jdk); returns 2 without one.
clearance_find_jdk() {
  clearance_locate_jdk || return 2
  printf '%s\n' "$clearance_jdk_home"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  clearance_jdk_home="$(clearance_find_jdk)" || exit 2
  printf 'export JAVA_HOME=%q\n' "$clearance_jdk_home"
fi
