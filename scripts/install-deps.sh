#!/usr/bin/env bash
# Installs the Debian 12 packages HallDesk needs to build, run and test, when missing.
# Runs apt-get as root, or through sudo. Nothing is downloaded from anywhere but Debian.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ pkg-config clang-format
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev
    qt6-multimedia-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6sql6-psql qt6-svg-dev libgl-dev
    libopencv-dev libsodium-dev libzxing-dev qtkeychain-qt6-dev libsqlite3-dev libcups2-dev
    libpq-dev
    # run and test
    postgresql cups zbar-tools poppler-utils xvfb xauth fonts-noto-cjk locales
    # the demo's and the TLS tests' certificate authority
    openssl
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
    exit 0
fi

echo "正在安装缺少的软件包 / installing missing packages: ${missing[*]}"
sudo=""
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "需要 root 或 sudo / needs root or sudo" >&2; exit 1; }
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
