#!/usr/bin/env bash
# Installs what is needed and runs every test: types, lint, unit tests, the data
# build on the sample reports, the static site build and the end-to-end tests in
# Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

bash scripts/setup.sh --browser
npm run typecheck
npm run lint
npm run test:unit
npm run build:data
npm run build:site
npm run test:e2e
