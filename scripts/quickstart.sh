#!/usr/bin/env bash
# BFS Marketing quick start for Debian 12.
#
#   scripts/quickstart.sh run    install what is missing, build, launch the app
#   scripts/quickstart.sh test   install what is missing (PostgreSQL too), build, run every test
#
# Runs as root or through sudo for the package installs; the build goes to
# ./build. Extra arguments after `run` are passed to bfs-marketing.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-}
shift || true

build_packages=(
    build-essential cmake ninja-build pkg-config ccache
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-multimedia-dev qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev
    qtkeychain-qt6-dev libqt6sql6-sqlite libqt6sql6-psql libgl-dev
    libavformat-dev libavcodec-dev libavutil-dev libswscale-dev
    gstreamer1.0-libav gstreamer1.0-plugins-good fonts-dejavu-core
)
test_packages=(postgresql libpq-dev ffmpeg ffmpegthumbnailer xvfb)

as_root() {
    if [ "$(id -u)" = 0 ]; then
        "$@"
    else
        sudo "$@"
    fi
}

install_missing() {
    local missing=()
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$package")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing: ${missing[*]}"
        as_root apt-get update -q
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
    fi
}

build() {
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    cmake --build build -j"$(nproc)"
}

case "$mode" in
run)
    install_missing "${build_packages[@]}"
    build -DBFS_BUILD_TESTS=OFF
    exec ./build/app/bfs-marketing "$@"
    ;;
test)
    install_missing "${build_packages[@]}" "${test_packages[@]}"
    build -DBFS_BUILD_TESTS=ON
    cd build
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$(nproc)" --timeout 600
    ;;
*)
    echo "usage: scripts/quickstart.sh run|test" >&2
    exit 2
    ;;
esac
