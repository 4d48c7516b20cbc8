#!/usr/bin/env bash
# Runs the app as `mvn -Prun verify` does (Elasticsearch on 127.0.0.1:9200, the app on
# http://localhost:8080, until Ctrl-C), without a Maven JVM staying alive beside it: Maven builds
# and exits, then this shell is replaced by the small supervisor JVM (DevServer), which starts
# Elasticsearch and Payara Micro as its children. Same settings as the run command (KB_* variables,
# see docs/operations.md). SKIP_BUILD=1 reuses the last build.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
if [[ "${SKIP_BUILD:-}" != "1" ]]; then
  echo "[run] building (mvn -B -q package -DskipTests)"
  mvn -B -ntp -q package -DskipTests -Dkb.skipBrowserCheck=true
fi
runtime="$root/app/target/runtime"
es_zip="$(ls "$runtime"/elasticsearch-*.zip | head -n 1)"
export DJL_CACHE_DIR="$root/app/target/djl-cache"
exec java -Xmx32m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss256k \
  -cp "$runtime/kb-devtools.jar" io.kbplatform.devtools.DevServer \
  --es-distribution="$es_zip" \
  --plugin="$runtime/kb-analysis-plugin.zip" \
  --payara="$runtime/payara-micro.jar" \
  --war="$root/app/target/kb.war" \
  --preboot-commands="$root/app/src/main/payara/pre-boot-commands.asadmin" \
  "$@"
