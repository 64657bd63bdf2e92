#!/usr/bin/env bash
# Checks a built attune .deb the way a distribution would, then runs it: desktop-file-validate,
# appstreamcli validate --no-net and lintian must report no errors, the package must carry every file a
# desktop expects and name the run-time plugins dpkg-shlibdeps cannot see, and the attune unpacked from
# it with dpkg-deb -x must print its version, fill a demo practice and pass its own check.
# Usage: packaging/check-package.sh path/to/attune_VERSION_ARCH.deb
set -euo pipefail
deb=${1:?usage: check-package.sh attune_VERSION_ARCH.deb}
[[ -f $deb ]] || { echo "No package at $deb." >&2; exit 1; }

scratch=$(mktemp -d "${TMPDIR:-/tmp}/attune-package.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
root=$scratch/root
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

dpkg-deb -x "$deb" "$root"
version=$(dpkg-deb -f "$deb" Version)
upstream=${version%-*}
depends=$(dpkg-deb -f "$deb" Depends)
echo "Checking $(basename "$deb"): version $version"
echo "Depends: $depends"

# Everything a desktop and the Debian tools expect.
metainfo=usr/share/metainfo/io.github.attune.Attune.metainfo.xml
expected=(usr/bin/attune usr/share/applications/attune.desktop "$metainfo"
    usr/share/icons/hicolor/scalable/apps/attune.svg usr/share/man/man1/attune.1.gz
    usr/share/doc/attune/copyright usr/share/doc/attune/changelog.Debian.gz)
for size in 16 32 48 64 128 256; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/attune.png")
done
for f in "${expected[@]}"; do
    [[ -f $root/$f ]] && pass "contains /$f" || fail "the package lacks /$f"
done
for size in 16 32 48 64 128 256; do
    png=$root/usr/share/icons/hicolor/${size}x${size}/apps/attune.png
    [[ -f $png ]] || continue
    # PNG header: width and height are big-endian 32-bit numbers at bytes 16 and 20.
    dims=$(od -An -tu1 -j16 -N8 "$png" |
        awk '{print $1*16777216+$2*65536+$3*256+$4 "x" $5*16777216+$6*65536+$7*256+$8}')
    [[ $dims == "${size}x${size}" ]] || fail "the ${size}px icon is $dims"
done

# dpkg-shlibdeps sees the linked libraries; the plugins must be named by hand.
for dep in libqt6sql6-sqlite qt6-qpa-plugins libqt6core6 libqt6widgets6; do
    [[ ",$depends," == *"$dep"* ]] && pass "depends on $dep" || fail "Depends lacks $dep"
done

# The three validators.
if desktop-file-validate "$root/usr/share/applications/attune.desktop"; then
    pass "desktop-file-validate"
else
    fail "desktop-file-validate reported errors"
fi
if appstreamcli validate --no-net "$root/$metainfo"; then
    pass "appstreamcli validate --no-net"
else
    fail "appstreamcli validate reported errors"
fi
# lintian exits non-zero only for errors; warnings are printed for the reader.
if lintian --tag-display-limit 0 "$deb"; then
    pass "lintian: no errors"
else
    fail "lintian reported errors"
fi

# The unpacked attune, with a throwaway home and practice.
export HOME=$scratch/home XDG_RUNTIME_DIR=$scratch/runtime QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
mkdir -p "$HOME" && mkdir -m 0700 "$XDG_RUNTIME_DIR"
attune=$root/usr/bin/attune
practice=$scratch/practice.db
out=$("$attune" --version) || fail "attune --version exited $?"
[[ $out == "attune $upstream" ]] && pass "attune --version: $out" || fail "attune --version printed '$out'"
if "$attune" --practice "$practice" demo; then pass "attune demo"; else fail "attune demo exited $?"; fi
couples=$("$attune" --practice "$practice" couples) || fail "attune couples exited $?"
[[ $couples == *John* ]] && pass "the demo practice lists John and Mary" || fail "attune couples: $couples"
if "$attune" --practice "$practice" check; then pass "attune check"; else fail "attune check exited $?"; fi

if ((failures > 0)); then
    echo "$failures check(s) failed for $deb." >&2
    exit 1
fi
echo "All package checks passed for $deb."
