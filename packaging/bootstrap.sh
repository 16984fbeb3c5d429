#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine: installs what is missing
# (apt, with sudo when not root), configures and builds with the CMake
# presets, then runs PromptDeck or its whole test suite.
#
#   packaging/bootstrap.sh run       build (release) and start the app
#   packaging/bootstrap.sh test      build (ci preset) and run every test
#   packaging/bootstrap.sh sanitize [SECONDS]
#                                    every test under ASan and UBSan (clang),
#                                    then each fuzzer over its corpus and for
#                                    SECONDS (default 30) more
#   packaging/bootstrap.sh package   build the .deb and .tar.gz, install the
#                                    .deb, try it, remove it again
#   packaging/bootstrap.sh benchmark build the benchmark preset and print
#                                    the budgets table (tests/benchmarks)
#   packaging/bootstrap.sh tidy      clang-tidy with the committed .clang-tidy
#                                    over core/, app/ and content/ (after
#                                    `test`, whose build it reads); fails on
#                                    any finding
#   packaging/bootstrap.sh deps      only install what is missing
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
# The sanitizers and libFuzzer (python3 writes the fuzzers' large seeds).
sanitize_packages=(clang libclang-rt-14-dev python3)
# The static checks.
tidy_packages=(clang-tidy)
# Building and checking the packages.
package_packages=(dpkg-dev file desktop-file-utils appstream)

as_root() {
    if [ "$(id -u)" -ne 0 ]; then
        sudo "$@"
    else
        "$@"
    fi
}

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
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# Builds the packages, installs the .deb as a user would, checks what it
# installed and that the installed program works, then removes it.
package_check() {
    local app_id=io.github.promptdeck.PromptDeck
    desktop-file-validate packaging/linux/$app_id.desktop
    cmake --preset release
    cmake --build --preset release
    rm -rf build/release/packages
    cpack --config build/release/CPackConfig.cmake -B build/release/packages
    local deb tgz
    deb=$(ls build/release/packages/promptdeck_*.deb)
    tgz=$(ls build/release/packages/promptdeck-*.tar.gz)
    # The .tar.gz (what `cmake --install` lays out) holds the same files.
    if ! diff <(dpkg-deb -c "$deb" | awk '$1 !~ /^d/ {print $NF}' | sed 's|^\./usr/||' | sort) \
              <(tar tzf "$tgz" | grep -v '/$' | sed 's|^[^/]*/||' | sort); then
        echo "the .deb and the .tar.gz hold different files" >&2
        return 1
    fi
    appstreamcli validate --no-net build/release/packaging/$app_id.metainfo.xml
    echo "Package dependencies: $(dpkg-deb -f "$deb" Depends)"

    if dpkg-query -W -f='${Status}' promptdeck 2>/dev/null | grep -q "install ok installed"; then
        echo "promptdeck is installed already; remove it before checking the package" >&2
        return 1
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "./$deb"
    # Whatever fails below, the machine is left without the package.
    trap 'as_root apt-get remove -y -q promptdeck > /dev/null 2>&1 || true' EXIT
    for file in /usr/bin/promptdeck \
        /usr/share/applications/$app_id.desktop \
        /usr/share/metainfo/$app_id.metainfo.xml \
        /usr/share/mime/packages/$app_id.xml \
        /usr/share/icons/hicolor/scalable/apps/$app_id.svg \
        /usr/share/icons/hicolor/48x48/apps/$app_id.png \
        /usr/share/icons/hicolor/256x256/apps/$app_id.png \
        /usr/share/man/man1/promptdeck.1.gz \
        /usr/share/doc/promptdeck/copyright; do
        [ -f "$file" ] || { echo "the package did not install $file" >&2; return 1; }
    done
    desktop-file-validate /usr/share/applications/$app_id.desktop
    appstreamcli validate --no-net /usr/share/metainfo/$app_id.metainfo.xml
    grep -q "application/x-promptdeck-session:\*\.promptdeck" /usr/share/mime/globs2 ||
        { echo "the MIME database does not know *.promptdeck" >&2; return 1; }

    # The installed program, with settings and data in a folder of its own.
    local work
    work=$(mktemp -d)
    local installed=(env HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
                     QT_QPA_PLATFORM=offscreen /usr/bin/promptdeck)
    "${installed[@]}" --version
    "${installed[@]}" new -o "$work/check.promptdeck"
    "${installed[@]}" cards "$work/check.promptdeck"
    # The window, opening the session given on the command line.
    "${installed[@]}" --screenshot "$work/window.png" "$work/check.promptdeck"
    [ -s "$work/window.png" ] || { echo "the installed window did not render" >&2; return 1; }
    rm -rf "$work"

    trap - EXIT
    as_root apt-get remove -y -q promptdeck
    if [ -e /usr/bin/promptdeck ] || [ -e /usr/share/applications/$app_id.desktop ] ||
        grep -q "promptdeck" /usr/share/mime/globs2; then
        echo "removing the package left its files behind" >&2
        return 1
    fi
    echo "The package installs, runs and uninstalls cleanly: $deb"
}

# clang-tidy over every source of core/, app/ and content/, with the
# compile commands of the ci build; any finding fails.
tidy_check() {
    if [ ! -f build/ci/compile_commands.json ]; then
        cmake --preset ci
        cmake --build --preset ci
    fi
    local log
    log=$(mktemp)
    local files
    mapfile -t files < <(git ls-files 'core/*.cpp' 'app/*.cpp' 'content/*.cpp' | sed "s|^|$PWD/|")
    run-clang-tidy -p build/ci -quiet -j "$(nproc)" "${files[@]}" > "$log" 2>&1 || true
    if sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '(warning|error): ' | grep -v '^/usr/' | sort -u | grep .; then
        rm -f "$log"
        echo "clang-tidy: the findings above must be fixed" >&2
        return 1
    fi
    rm -f "$log"
    echo "clang-tidy: no findings in ${#files[@]} files"
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
    sanitize)
        install_missing "${packages[@]}" "${sanitize_packages[@]}"
        cmake --workflow --preset sanitize
        tests/fuzz/run-fuzzers.sh "${1:-30}"
        ;;
    package)
        install_missing "${packages[@]}" "${package_packages[@]}"
        package_check
        ;;
    tidy)
        install_missing "${packages[@]}" "${tidy_packages[@]}"
        tidy_check
        ;;
    benchmark)
        install_missing "${packages[@]}" python3 xvfb xauth
        tests/benchmarks/run-benchmarks.py "$@"
        ;;
    *)
        echo "usage: $0 run|test|sanitize [SECONDS]|package|tidy|benchmark|deps [packages...]" >&2
        exit 2
        ;;
esac
