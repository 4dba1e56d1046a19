#!/usr/bin/env bash
# Makes sure the browser tests' Chromium is there: Debian's chromium at /usr/bin/chromium (Playwright's own browser
# download cannot be had here). Installs chromium, chromium-driver and an Arial-compatible font with apt-get when it is
# missing, with sudo unless run as root. Quick and silent when it is already there. Exits non-zero, saying why, when
# it cannot be had; the browser tests then fail with the same advice rather than skip.
set -euo pipefail

[ -x /usr/bin/chromium ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: /usr/bin/chromium is missing and apt-get is not available to install it." >&2
  exit 1
fi
if [ "$(id -u)" = 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "ensure-chromium: /usr/bin/chromium is missing, and installing it needs root or sudo." >&2
  exit 1
fi

echo "ensure-chromium: installing Debian's chromium with apt" >&2
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium chromium-driver fonts-liberation >/dev/null
[ -x /usr/bin/chromium ] || { echo "ensure-chromium: apt-get finished but /usr/bin/chromium is still missing." >&2; exit 1; }
