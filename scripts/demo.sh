#!/usr/bin/env bash
# The README's first command: installs what is missing, builds, creates a demo store with
# generated data (20,000 accounts) and starts the counter app. Log in as clerk1 / demo123
# (supervisor: super1 / demo123; admin / demo123).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh release
bin=build/release/app
demo="${HALLDESK_DEMO_DIR:-$PWD/demo}"
export HALLDESK_STORE="$demo/halldesk.sqlite"
if [[ ! -f "$HALLDESK_STORE" ]]; then
    mkdir -p "$demo"
    "$bin/hallctl/hallctl" init --hall 4401 --terminal 01 --hall-name "越秀供电营业厅"
    "$bin/hallctl/hallctl" generate --accounts "${HALLDESK_DEMO_ACCOUNTS:-20000}" --seed 2026
fi
echo "演示数据库 / demo store: $HALLDESK_STORE — 登录 / log in: clerk1 / demo123"
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "没有图形显示。请在虚拟显示中运行 / no display; run it under Xvfb:"
    echo "  xvfb-run -a -s '-screen 0 1600x1000x24' $0"
    exit 1
fi
exec "$bin/halldesk/halldesk" --store "$HALLDESK_STORE"
