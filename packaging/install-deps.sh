#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Attune needs to build, test and run, and only those that are
# missing: on a machine that is already set up it asks dpkg and returns without touching apt.
set -euo pipefail

packages=(
    # toolchain
    g++ make cmake ninja-build pkg-config
    # Qt 6 (libqt6opengl6-dev: Qt Charts' CMake config needs it, and --no-install-recommends omits it)
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
    libqt6opengl6-dev libqt6sql6-sqlite qt6-qpa-plugins libgl-dev
    # case files and encryption
    libboost-serialization-dev libsodium-dev
    # tests: PDF text extraction, the sqlite3 shell for tamper tests, a private D-Bus session bus for the
    # desktop-lock test (dbus brings dbus-daemon on every Debian and Ubuntu release)
    poppler-utils sqlite3 dbus
    # kill -9 tests that aim at exact system calls (strace's fault injection, tests/crash)
    strace
    # tests through a real screen reader's interface: Xvfb, the AT-SPI bus and registry, and pyatspi
    xvfb xauth at-spi2-core python3-pyatspi gir1.2-atspi-2.0
    # ... and keys typed on that real window through the X server (the Find test)
    xdotool
    # a print to a real CUPS queue: a throwaway cupsd, lp/lpstat, and the CUPS-PDF printer
    cups cups-bsd printer-driver-cups-pdf
    # a practice on a PostgreSQL server (issue 19): Qt's driver, and a throwaway server for the tests
    libqt6sql6-psql postgresql-15
    # benchmarks compare the store with raw SQLite through its C API
    libsqlite3-dev
    # Qt's own strings in Spanish (qtbase_es.qm), loaded beside Attune's translation
    qt6-translations-l10n
    # make package: dpkg-shlibdeps and the three validators
    dpkg-dev desktop-file-utils appstream lintian
)

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [[ $status == "install ok installed" ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
    exit 0
fi

echo "Installing missing packages: ${missing[*]}"
sudo=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "Need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
