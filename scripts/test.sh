#!/usr/bin/env bash
# The README's second command: installs what is missing, builds with warnings as errors and
# runs every test through CTest. .ci/run calls this. The central service's suite runs twice:
# on SQLite (tst_central) and on PostgreSQL inside a throwaway cluster that pg_virtualenv
# makes and removes (tst_central_pg; pg_virtualenv works as root).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh release
cd build/release
ctest --output-on-failure -j "$(nproc)" --timeout 900
