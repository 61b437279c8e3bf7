#!/usr/bin/env bash
# Regenerates docs/screenshots/*.png: the GUI tests drive the real windows under Xvfb (the
# xcb platform, real fonts) and save each screen: log-in, search and account file from a
# 20,000-account demo store (tst_countergui); the payment screen (tst_paymentgui); the shift
# close and the day-end report (tst_shiftgui).
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/release}"
out="$PWD/docs/screenshots"
mkdir -p "$out"
for test in tst_countergui tst_paymentgui tst_shiftgui; do
    HALLDESK_SCREENSHOT_DIR="$out" HALLDESK_SCREENSHOT_ACCOUNTS=20000 QT_QPA_PLATFORM=xcb \
        LANG=zh_CN.UTF-8 xvfb-run -a -s "-screen 0 1600x1000x24" \
        "$build/tests/gui/$test"
done
HALLDESK_SCREENSHOT_DIR="$out" QT_QPA_PLATFORM=xcb LANG=zh_CN.UTF-8 \
    xvfb-run -a -s "-screen 0 1600x1000x24" "$build/tests/gui/tst_printinggui"
# The capture screen: a recorded video stands in for the document camera.
HALLDESK_SCREENSHOT_DIR="$out" QT_QPA_PLATFORM=xcb LANG=zh_CN.UTF-8 \
    xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$build/tests/capture/tst_documentspanel" captureBothSides_saved_listedViewedAndExportedBySupervisorOnly
ls -l "$out"

# The sample printouts (docs/printing/): receipts on 80 and 58 mm roll paper, a reprint, a
# reversal slip and the A4 day-end report, rendered with the real fonts and a signed QR.
mkdir -p docs/printing
QT_QPA_PLATFORM=offscreen TZ=Asia/Shanghai "$build/tests/printing/make_printing_samples" docs/printing
ls -l docs/printing
