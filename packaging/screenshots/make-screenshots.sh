#!/usr/bin/env bash
# Regenerates the screenshots in this folder from a build: a session on the
# bundled kit with the first five answers of tests/data/answers/python-gil
# pasted in, the next card open, rendered at 1400x900 under Xvfb with
# `promptdeck --screenshot`. Needs xvfb-run (package xvfb).
#
#   packaging/screenshots/make-screenshots.sh [path/to/promptdeck]
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
promptdeck=${1:-$root/build/release/app/promptdeck}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A settings and data folder of our own, so the user's last session and
# window geometry neither leak in nor change.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"

session="$work/python-gil.promptdeck"
"$promptdeck" new --kit seo-article --brief python-gil -o "$session" > /dev/null
for n in 1 2 3 4 5; do
    "$promptdeck" answer "$session" "$n" "$root"/tests/data/answers/python-gil/0"$n"-*.md > /dev/null
done

xvfb-run -a -s "-screen 0 1600x1000x24" "$promptdeck" --screenshot "$here/main-window.png" "$session"
echo "wrote $here/main-window.png"
