#!/usr/bin/env bash
# Installs what the project needs on a fresh Debian machine with Node 20 and npm.
#   scripts/setup.sh            npm packages only (enough to build and serve the site)
#   scripts/setup.sh --browser  also Debian's chromium and a CJK font (for tests and screenshots)
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${1:-}" == "--browser" ]]; then
  missing=()
  [[ -x /usr/bin/chromium ]] || missing+=(chromium)
  dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
  if ((${#missing[@]})); then
    echo "setup: installing ${missing[*]} with apt-get"
    sudo_cmd=()
    [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
fi

# `npm install` rather than `npm ci`: npm 11 here writes lock files without the other
# platforms' optional packages (@next/swc-*, @duckdb/node-bindings-*), which `npm ci` rejects.
if [[ ! -d node_modules ]] || [[ package-lock.json -nt node_modules/.package-lock.json ]] || [[ package.json -nt node_modules/.package-lock.json ]]; then
  echo "setup: npm install"
  npm install --no-audit --no-fund
fi
