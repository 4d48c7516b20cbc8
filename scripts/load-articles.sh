#!/usr/bin/env bash
# Creates and publishes a folder of Markdown articles with front matter (title, tags, template,
# category) in a space of a running server, e.g. the relevance demo:
#   KB_URL=http://localhost:8080 KB_ADMIN_PASSWORD=... scripts/load-articles.sh demo/relevance/articles [SPACE]
# SPACE defaults to RELEVANCE. Articles whose title the space already has are skipped.
# Build first: mvn -B -ntp -q package -DskipTests
set -euo pipefail
if [[ $# -lt 1 || $# -gt 2 ]]; then
  echo "Usage: KB_URL=... KB_ADMIN_PASSWORD=... $0 <folder> [SPACE]" >&2
  exit 2
fi
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$(ls "$root"/devtools/target/kb-devtools-*.jar 2>/dev/null | grep -v -e sources -e javadoc | head -n 1 || true)"
if [[ -z "$jar" ]]; then
  echo "devtools is not built: run 'mvn -B -ntp -q package -DskipTests' first." >&2
  exit 2
fi
exec java -cp "$jar" io.kbplatform.devtools.ArticleLoader "$@"
