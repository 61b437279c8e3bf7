#!/usr/bin/env bash
# Starts or stops the demo's halldesk-central (made by scripts/demo.sh) on 127.0.0.1, HTTPS.
#   scripts/demo-central.sh start|stop|status
set -euo pipefail
cd "$(dirname "$0")/.."
demo="${HALLDESK_DEMO_DIR:-$PWD/demo}"
port="${HALLDESK_DEMO_PORT:-8443}"
pidfile="$demo/central.pid"
central="${HALLDESK_DEMO_BIN:-build/release/app}/central/halldesk-central"
running() { [[ -f "$pidfile" ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }
case "${1:-}" in
start)
    if running; then echo "中心已在运行 / centre already running (pid $(cat "$pidfile"))"; exit 0; fi
    "$central" --db "sqlite:$demo/central.sqlite" serve --listen 127.0.0.1 --port "$port" \
        --cert "$demo/ca/server.pem" --key "$demo/ca/server.key" >"$demo/central.log" 2>&1 &
    echo $! >"$pidfile"
    for _ in $(seq 1 50); do
        grep -q "listening on 127.0.0.1:$port" "$demo/central.log" 2>/dev/null && break
        sleep 0.1
    done
    echo "中心已启动 / centre started: https://127.0.0.1:$port (pid $(cat "$pidfile"))"
    ;;
stop)
    if running; then
        kill "$(cat "$pidfile")"
        echo "中心已停止 / centre stopped"
    fi
    rm -f "$pidfile"
    ;;
status)
    if running; then echo "running (pid $(cat "$pidfile"))"; else echo "stopped"; fi
    ;;
*)
    echo "usage: $0 start|stop|status" >&2
    exit 2
    ;;
esac
