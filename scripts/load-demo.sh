#!/usr/bin/env bash
# Loads a folder of documents (DOCX, PPTX, PDF, HTML, Markdown, text) into a demo space of a
# running server through the import pipeline, and prints what became of each file.
#   KB_URL=http://localhost:8080 KB_ADMIN_PASSWORD=... scripts/load-demo.sh <folder> [SPACE]
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
exec java -cp "$jar" io.kbplatform.devtools.DemoLoader "$@"
