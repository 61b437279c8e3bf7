#!/usr/bin/env bash
# Start-up figure: from halldesk's main() to the search screen shown and a first query
# answered, on a given store (make one with bench_search or hallctl generate).
#   tests/bench/bench_startup.sh STORE [BUILD_DIR=build/release] [RUNS=5]
set -euo pipefail
store="$1"
build="${2:-build/release}"
runs="${3:-5}"
for _ in $(seq "$runs"); do
    HALLDESK_BENCH_STARTUP=clerk1:demo123 QT_QPA_PLATFORM=offscreen \
        "$build/app/halldesk/halldesk" --store "$store" 2>/dev/null | grep startup_ms
done
ls -l "$store" | awk '{printf "store size: %.1f MiB\n", $5 / 1048576}'
