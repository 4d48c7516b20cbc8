#!/usr/bin/env bash
# The resident memory (RSS, MiB) of every process of the running local stack: the supervisor, the
# Maven JVM that launched it (with mvn -Prun verify), Elasticsearch and its launcher, the app and
# its text extraction workers, from the pid files under the data directory (docs/operations.md).
#   scripts/stack-memory.sh                 # ./data (or KB_DATA_DIR)
#   scripts/stack-memory.sh path/to/data --every=5
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/app/target/runtime/kb-devtools.jar"
[[ -f "$jar" ]] || jar="$(ls "$root"/devtools/target/kb-devtools-*.jar | head -n 1)"
exec java -Xmx16m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$jar" \
  io.kbplatform.devtools.StackMemory "$@"
