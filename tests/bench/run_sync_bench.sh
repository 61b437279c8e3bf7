#!/usr/bin/env bash
# Runs the sync benchmark side by side: PouchDB ⇄ pouchdb-server (../shared/peers/sync, copied
# to a temp folder; its npm install is not timed) and bench_sync against halldesk-central on
# SQLite and on PostgreSQL (inside pg_virtualenv), with the same deterministic workload, and
# prints the ratios (PouchDB time / our time: above 1 means we are faster).
#
#   tests/bench/run_sync_bench.sh [BUILD_DIR]           # full: N=100000 UPD=10000 PAY=10000 RUNS=3
#   N=10000 UPD=1000 PAY=1000 RUNS=1 tests/bench/run_sync_bench.sh build/release
#   SKIP_POUCH=1 … (only ours)   SKIP_PG=1 … (no PostgreSQL)   PG_RUNS=1 … (fewer PostgreSQL runs)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="$(cd "${1:-$root/build/release}" && pwd)"
bench="$build/tests/bench/bench_sync"
N="${N:-100000}" UPD="${UPD:-10000}" PAY="${PAY:-10000}" RUNS="${RUNS:-3}"
export N UPD PAY RUNS
work="$(mktemp -d "${TMPDIR:-/tmp}/syncbench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
args=(--accounts "$N" --updates "$UPD" --payments "$PAY" --runs "$RUNS")

declare -A pouch ours_sqlite ours_pg
if [[ "${SKIP_POUCH:-0}" != 1 ]]; then
    cp -r "$root/../shared/peers/sync" "$work/pouch"
    chmod -R u+w "$work/pouch"
    (cd "$work/pouch" && ./run_pouch.sh) | tee "$work/pouch.txt"
    results="$(ls -t "$work/pouch/data"/results-*.json | head -1)"
    while read -r key ms; do pouch[$key]="$ms"; done < <(node -e '
        const r = require(process.argv[1]).summary;
        for (const k of ["initial_pull","incremental_pull","noop_pull","push","noop_push","replay_push_2nd_client"])
            if (r[k]) console.log(k, r[k].median_ms / 1000);' "$results")
fi
"$bench" --db sqlite "${args[@]}" | tee "$work/sqlite.txt"
while read -r _ key s; do ours_sqlite[$key]="$s"; done < <(grep '^result ' "$work/sqlite.txt")
if [[ "${SKIP_PG:-0}" != 1 ]]; then
    # pg_virtualenv makes its throwaway cluster with fsync=off: turned back on, so that a commit
    # is as durable as on the SQLite centre (synchronous_commit stays on). shared_buffers as a
    # production centre would size it, holding the accounts and bills (~300 MB at N=100000;
    # Debian's 128 MB default made every pull and push batch read and evict pages).
    pg_virtualenv -o fsync=on -o shared_buffers=512MB \
        -t "$bench" --db pg --accounts "$N" --updates "$UPD" --payments "$PAY" \
        --runs "${PG_RUNS:-$RUNS}" | tee "$work/pg.txt"
    while read -r _ key s; do ours_pg[$key]="$s"; done < <(grep '^result ' "$work/pg.txt")
fi

echo
echo "N=$N UPD=$UPD PAY=$PAY RUNS=$RUNS (median seconds; ratio = PouchDB / ours)"
printf '%-18s %10s %12s %8s %12s %8s\n' step PouchDB "ours SQLite" ratio "ours PG" ratio
for pair in initial_pull:initial_pull incremental_pull:incremental_pull noop_pull:no-op_pull \
            push:push noop_push:no-op_push replay_push_2nd_client:replay; do
    p="${pair%%:*}" o="${pair##*:}"
    a="${pouch[$p]:-}" s="${ours_sqlite[$o]:-}" g="${ours_pg[$o]:-}"
    ratio() { [[ -n "$1" && -n "$2" ]] && awk -v a="$1" -v b="$2" 'BEGIN{ if (b > 0) printf "%.1fx", a/b; else print "-" }' || echo -; }
    printf '%-18s %10s %12s %8s %12s %8s\n' "$o" "${a:--}" "${s:--}" "$(ratio "$a" "$s")" "${g:--}" "$(ratio "$a" "$g")"
done
