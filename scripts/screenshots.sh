#!/usr/bin/env bash
# Renews the screenshots in docs/screenshots/ from a running application with demo content:
#   mvn -Prun verify                                   # in another terminal
#   KB_URL=http://localhost:8080 KB_ADMIN_PASSWORD=... scripts/load-articles.sh demo/relevance/articles RELEVANCE
#   KB_URL=http://localhost:8080 KB_ADMIN_PASSWORD=... scripts/screenshots.sh [query]
# Needs Debian's chromium and chromium-driver (scripts/ensure-chromium.sh) and a built tree
# (it builds the tree first).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
: "${KB_URL:=http://localhost:8080}"
: "${KB_ADMIN_PASSWORD:?set KB_ADMIN_PASSWORD}"
cp_file="$root/app/target/screenshots.classpath"
# the app module comes last in the reactor, so its test classpath is what stays in the file
mvn -B -ntp -q package -DskipTests dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$cp_file"
java -Dkb.test.tmpdir="$root/app/target" \
  -cp "$root/app/target/test-classes:$root/app/target/classes:$(cat "$cp_file")" \
  io.kbplatform.app.testsupport.DocScreenshots "$KB_URL" "$KB_ADMIN_PASSWORD" "$root/docs/screenshots" "${1:-退款}"
