#!/usr/bin/env bash
# Makes sure Debian's Chromium and chromedriver are installed for the browser tests (WebUiIT).
# Run by `mvn verify` before the integration tests, and by .ci/run. Installs them with apt when
# this user is root or has password-less sudo; otherwise says what to run and carries on (the
# browser tests then fail with the same advice, everything else still runs). No test tool ever
# downloads a browser of its own.
set -uo pipefail

chromium="${KB_CHROMIUM:-/usr/bin/chromium}"
driver="${KB_CHROMEDRIVER:-/usr/bin/chromedriver}"
if [ -x "$chromium" ] && [ -x "$driver" ]; then
  exit 0
fi

advice="sudo apt-get install chromium chromium-driver"
if ! command -v apt-get >/dev/null 2>&1; then
  echo "[ensure-chromium] No apt-get here: install Chromium and chromedriver and set KB_CHROMIUM and KB_CHROMEDRIVER for the browser tests." >&2
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
  run=()
elif sudo -n true 2>/dev/null; then
  run=(sudo -n)
else
  echo "[ensure-chromium] Chromium is missing for the browser tests: run '$advice'." >&2
  exit 0
fi
echo "[ensure-chromium] Installing Debian's chromium and chromium-driver for the browser tests"
"${run[@]}" apt-get update -qq || true
if ! "${run[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; then
  echo "[ensure-chromium] apt-get could not install them: run '$advice'." >&2
fi
exit 0
