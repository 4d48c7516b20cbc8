#!/usr/bin/env bash
# Runs a judged set of queries through the search of a running server, as the given user (only
# what that user may read can be found), and prints the scores as JSON.
#   KB_URL=http://localhost:8080 KB_USER=author KB_PASSWORD=... scripts/evaluate-search.sh judgments.json
# KB_USER defaults to admin, and KB_PASSWORD to KB_ADMIN_PASSWORD. Format: docs/search-relevance.md
set -euo pipefail
if [[ $# -ne 1 ]]; then
  echo "Usage: KB_URL=... KB_USER=... KB_PASSWORD=... $0 <judgments.json>" >&2
  exit 2
fi
if [[ ! -f "$1" ]]; then
  echo "No such file: $1" >&2
  exit 2
fi
url="${KB_URL:-http://localhost:8080}"
user="${KB_USER:-admin}"
password="${KB_PASSWORD:-${KB_ADMIN_PASSWORD:-}}"
if [[ -z "$password" ]]; then
  echo "Set KB_PASSWORD (or KB_ADMIN_PASSWORD for the user 'admin')." >&2
  exit 2
fi
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
status="$(curl -sS -o "$out" -w '%{http_code}' -u "$user:$password" \
  -H 'Content-Type: application/json' -H 'Accept: application/json' \
  --data-binary "@$1" "$url/api/admin/search-evaluations")"
cat "$out"
echo
if [[ "$status" != "200" ]]; then
  echo "The evaluation was refused: HTTP $status" >&2
  exit 1
fi
