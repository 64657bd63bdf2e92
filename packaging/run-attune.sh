#!/usr/bin/env bash
# `make run`: opens Attune on the user's practice, or, when there is none yet, on a freshly generated demo
# practice in a throwaway folder, so a first look never touches (or creates) a real practice.
set -euo pipefail
attune=${1:?usage: run-attune.sh path/to/attune}
practice="${XDG_DATA_HOME:-$HOME/.local/share}/attune/practice.db"

if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} ]]; then
    echo "No display found. Run 'make run' in a desktop session (or under xvfb-run)." >&2
    exit 1
fi

if [[ -f $practice ]]; then
    exec "$attune" --practice "$practice"
fi

demo_dir=$(mktemp -d "${TMPDIR:-/tmp}/attune-demo.XXXXXX")
echo "No practice yet at $practice; opening a demo practice in $demo_dir (deleted when you quit)."
"$attune" --practice "$demo_dir/demo-practice.db" demo
status=0
"$attune" --practice "$demo_dir/demo-practice.db" || status=$?
rm -rf "$demo_dir"
exit $status
