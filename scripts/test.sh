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

# The embed must also work when the site is served below a path: a second export
# built with a base path, which e2e/briefing-basepath.spec.ts serves at /sub/.
rm -rf .cache/out-main .cache/out-sub
mkdir -p .cache
mv out .cache/out-main
NEXT_PUBLIC_BASE_PATH=/sub npm run build:site
mv out .cache/out-sub
mv .cache/out-main out

BASEPATH_OUT="$PWD/.cache/out-sub" npm run test:e2e
