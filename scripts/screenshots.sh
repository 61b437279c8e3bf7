#!/usr/bin/env bash
# Regenerates docs/screenshots/*.png: the GUI test drives the real windows under Xvfb (the
# xcb platform, real fonts) with a 20,000-account demo store and saves each screen.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/release}"
out="$PWD/docs/screenshots"
mkdir -p "$out"
HALLDESK_SCREENSHOT_DIR="$out" HALLDESK_SCREENSHOT_ACCOUNTS=20000 QT_QPA_PLATFORM=xcb \
    LANG=zh_CN.UTF-8 xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$build/tests/gui/tst_countergui"
# The capture screen: a recorded video stands in for the document camera.
HALLDESK_SCREENSHOT_DIR="$out" QT_QPA_PLATFORM=xcb LANG=zh_CN.UTF-8 \
    xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$build/tests/capture/tst_documentspanel" captureBothSides_saved_listedViewedAndExportedBySupervisorOnly
ls -l "$out"
