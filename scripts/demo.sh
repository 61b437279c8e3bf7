#!/usr/bin/env bash
# The README's first command: installs what is missing, builds, starts halldesk-central on
# loopback over HTTPS (its own demo CA) with generated demo data (20,000 accounts), enrolls a
# counter store with it, pulls the data and starts the counter app. Log in as clerk1 / demo123
# (supervisor: super1 / demo123; admin / demo123).
#
# During the demo, `scripts/demo-central.sh stop` cuts the centre (the counter shows 离线 and
# its queue grows with every payment); `scripts/demo-central.sh start` brings it back and the
# queue drains. Quitting the counter stops the centre.
set -euo pipefail
cd "$(dirname "$0")/.."
# HALLDESK_DEMO_BIN: an already built app/ folder (skips install and build).
if [[ -z "${HALLDESK_DEMO_BIN:-}" ]]; then
    scripts/install-deps.sh
    scripts/build.sh release
fi
bin="${HALLDESK_DEMO_BIN:-build/release/app}"
export HALLDESK_DEMO_BIN="$bin"
demo="${HALLDESK_DEMO_DIR:-$PWD/demo}"
export HALLDESK_DEMO_DIR="$demo"
export HALLDESK_STORE="$demo/halldesk.sqlite"
mkdir -p "$demo"
if [[ ! -f "$demo/central.sqlite" ]]; then
    scripts/make-demo-ca.sh "$demo/ca" "HallDesk Demo CA" >/dev/null
    "$bin/central/halldesk-central" --db "sqlite:$demo/central.sqlite" demo \
        --accounts "${HALLDESK_DEMO_ACCOUNTS:-20000}" --region GZ >/dev/null
    rm -f "$HALLDESK_STORE"
fi
scripts/demo-central.sh start
trap 'scripts/demo-central.sh stop' EXIT
if [[ ! -f "$HALLDESK_STORE" ]]; then
    "$bin/hallctl/hallctl" init --hall 4401 --terminal 01 --hall-name "越秀供电营业厅"
    code="$("$bin/central/halldesk-central" --db "sqlite:$demo/central.sqlite" code create 4401)"
    "$bin/hallctl/hallctl" enroll --central "https://127.0.0.1:${HALLDESK_DEMO_PORT:-8443}" \
        --code "$code" --ca "$demo/ca/ca.pem" --label "1号窗口"
fi
"$bin/hallctl/hallctl" sync || true
echo "演示数据库 / demo store: $HALLDESK_STORE — 登录 / log in: clerk1 / demo123"
echo "中心 / centre: https://127.0.0.1:${HALLDESK_DEMO_PORT:-8443} (scripts/demo-central.sh stop|start)"
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "没有图形显示。请在虚拟显示中运行 / no display; run it under Xvfb:"
    echo "  xvfb-run -a -s '-screen 0 1600x1000x24' $0"
    exit 1
fi
"$bin/halldesk/halldesk" --store "$HALLDESK_STORE"
