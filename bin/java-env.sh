# Sourced by ./marsad and .ci/run: exports JAVA_HOME pointing at a JDK 21 or newer.
# Order: $JAVA_HOME if it is recent enough, then `java` on the PATH, then the usual install places.

marsad_java_feature() {
  # prints the feature version (17, 21, 25…) of the java at $1, or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

marsad_pick_jdk() {
  local candidate version
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$candidate" ] && candidates+=("$candidate")
  done
  for candidate in "${candidates[@]}"; do
    [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    version=$(marsad_java_feature "$candidate/bin/java")
    if [ -n "$version" ] && [ "$version" -ge 21 ]; then
      export JAVA_HOME="$candidate"
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  done
  cat >&2 <<MSG
marsad: no JDK 21 or newer found (looked at JAVA_HOME, the java on PATH and /usr/lib/jvm).
Elasticsearch 9 needs Java 21+. Install one, e.g. Eclipse Temurin 21 or 25
(https://adoptium.net), then set JAVA_HOME to it and try again.
MSG
  return 1
}
