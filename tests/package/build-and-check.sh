#!/usr/bin/env bash
# ctest's package test: builds the .deb from the build tree, then checks it with packaging/check-package.sh.
# Usage: build-and-check.sh CPACK BUILD_DIR SCRATCH_DIR CHECK_SCRIPT
set -euo pipefail
cpack=$1 build=$2 scratch=$3 check=$4
rm -rf "$scratch"
mkdir -p "$scratch"
"$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$scratch"
debs=("$scratch"/attune_*.deb)
[[ -f ${debs[0]} ]] || { echo "cpack made no attune .deb in $scratch." >&2; exit 1; }
"$check" "${debs[0]}"
