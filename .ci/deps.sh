#!/usr/bin/env bash
# Installs everything Nianbao needs on Debian 12 (bookworm) from Debian's own packages.
#   bash .ci/deps.sh          build + run dependencies
#   bash .ci/deps.sh --test   also what the test suite and benchmarks use
# Safe to run again: apt skips what is installed. Needs root (uses sudo when not root).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

build_packages=(
    # toolchain
    cmake ninja-build g++ pkg-config
    # Qt 6.4: Widgets/Gui/Sql/PrintSupport/Test (qt6-base-dev), Linguist CMake support and tools,
    # the SQLite driver and Qt's own Chinese strings are separate packages (toolchain guide §1)
    qt6-base-dev qt6-tools-dev qt6-l10n-tools libqt6sql6-sqlite qt6-translations-l10n qt6-qpa-plugins
    # the PostgreSQL driver of Qt Sql: the office repository on a server (docs/office-server.md)
    libqt6sql6-psql
    libgl-dev libxkbcommon-dev
    # zip container for DOCX/ODT (written by export, read by import)
    libquazip1-qt6-dev
    # PDF import: text with word positions (Poppler's Qt 6 binding)
    libpoppler-qt6-dev
    # fonts: system CJK fallback; fonttools cleans the bundled Fandol fonts (packaging/fonts/prepare-fonts.sh)
    fonts-noto-cjk python3 python3-fonttools
    # a real X server for screenshots / running the app without a desktop
    xvfb xauth
)
test_packages=(
    poppler-utils           # pdfinfo, pdffonts, pdftotext, pdftoppm for the PDF golden checks
    libreoffice-writer-nogui # opens our DOCX/ODT in the office suite for the round-trip checks
    clang-format            # the format check
    clang-tidy              # the style gate (.ci/tidy.sh, .clang-tidy)
    hyperfine sqlite3       # benchmarks, file inspection
    desktop-file-utils appstream # validators of the .desktop and AppStream files (tests/packaging)
    mmdebstrap zstd         # the clean Debian 12 root of .ci/package-check.sh
    strace                  # .ci/check-no-network.sh: no network socket is ever opened
    postgresql              # the private server of the office repository's server tests (tests/office/pg)
)

packages=("${build_packages[@]}")
if [ "${1:-}" = "--test" ]; then
    packages+=("${test_packages[@]}")
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "deps: installing ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Bundled fonts (FangSong etc.) extracted from Debian's texlive-lang-chinese without installing TeX.
if [ -x "$root/packaging/fonts/prepare-fonts.sh" ] || [ -f "$root/packaging/fonts/prepare-fonts.sh" ]; then
    bash "$root/packaging/fonts/prepare-fonts.sh"
fi
echo "deps: ready"
