#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine: installs what is missing
# (apt, with sudo when not root), configures and builds with the CMake
# presets, then runs PromptDeck or its whole test suite.
#
#   packaging/bootstrap.sh run     build (release) and start the app
#   packaging/bootstrap.sh test    build (ci preset) and run every test
#   packaging/bootstrap.sh deps    only install what is missing
set -euo pipefail

cd "$(dirname "$0")/.."

# What building and testing PromptDeck needs, as Debian 12 packages.
packages=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev libqt6svg6 qt6-qpa-plugins qt6-translations-l10n
    libyaml-cpp-dev libmd4c-dev libmd4c-html0-dev
    fonts-dejavu-core
)

install_missing() {
    local missing=()
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

command=${1:-run}
shift || true
case "$command" in
    deps)
        install_missing "${packages[@]}" "$@"
        ;;
    run)
        install_missing "${packages[@]}"
        cmake --preset release
        cmake --build --preset release
        exec ./build/release/app/promptdeck "$@"
        ;;
    test)
        install_missing "${packages[@]}"
        cmake --workflow --preset ci
        ;;
    *)
        echo "usage: $0 run|test|deps [packages...]" >&2
        exit 2
        ;;
esac
