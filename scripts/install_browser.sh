#!/usr/bin/env bash
# Install Debian's Chromium for the browser tests (Playwright drives it; `playwright install`
# cannot download its own browsers here). No-op when `chromium` is already on PATH.
set -euo pipefail

if command -v chromium >/dev/null; then
  echo "chromium already installed: $(command -v chromium)"
  exit 0
fi
SUDO=""
if [[ "$(id -u)" != "0" ]]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium
echo "chromium installed: $(command -v chromium)"
