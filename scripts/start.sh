#!/usr/bin/env bash
# Installs what is needed, builds the sample dataset and the site, and serves the
# dashboard on http://127.0.0.1:${PORT:-3000}/
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

bash scripts/setup.sh
npm run build:data
npm run build:site
npm run serve
