#!/usr/bin/env bash
# Fetches the Fandol CJK fonts (FangSong, Song, Hei, Kai) from Debian's texlive-lang-chinese package
# WITHOUT installing TeX, removes the CJK/Kangxi radical code points (U+2E80-U+2FDF) from their cmaps
# and control characters (otherwise Qt writes radicals and U+0001 into the PDF text layer: docs/output.md,
# "Text layer"), marks the Bold faces bold, and copies them
# with their licence (COPYING) into the folder the application searches at run time.
#
# Usage: packaging/fonts/prepare-fonts.sh [DEST_DIR]
#   DEST_DIR defaults to resources/fonts/ of this source tree; the build finds the fonts there, and
#   `cmake --install` copies them to share/nianbao/fonts. Idempotent: does nothing when up to date.
# Needs: apt-get (Debian/Ubuntu), dpkg-deb, tar, gzip, python3 with fontTools (python3-fonttools).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dest="${1:-$here/../../resources/fonts}"
mkdir -p "$dest"
dest="$(cd "$dest" && pwd)"

fonts=(FandolFang-Regular FandolSong-Regular FandolSong-Bold FandolHei-Regular FandolKai-Regular)
stamp="$dest/.fandol-prepared"
complete=1
for f in "${fonts[@]}"; do [[ -s "$dest/$f.otf" ]] || complete=0; done
# Bump when the processing below changes, so that prepared folders are redone.
version="fandol-4"
[[ -s "$dest/COPYING" && -s "$dest/fonts.conf" && -f "$stamp" && "$(head -n1 "$stamp")" == "$version" ]] || complete=0
if [[ $complete == 1 ]]; then
    echo "prepare-fonts: fonts already in $dest"
    exit 0
fi

# Debian's python3-fonttools lives in /usr/bin/python3; a pyenv/venv python3 first on PATH may lack it.
py=python3
if [[ -x /usr/bin/python3 ]] && /usr/bin/python3 -c 'import fontTools' 2>/dev/null; then
    py=/usr/bin/python3
fi
"$py" -c 'import fontTools' || { echo "prepare-fonts: python3-fonttools is required" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
chmod 0755 "$work" # apt's _apt user must be able to write the download
if ! (cd "$work" && apt-get download -q texlive-lang-chinese); then
    # No package lists yet (a fresh machine): update them once and retry.
    sudo=""
    [[ "$(id -u)" -ne 0 ]] && sudo="sudo"
    $sudo apt-get update -qq
    (cd "$work" && apt-get download -q texlive-lang-chinese)
fi
deb="$(ls "$work"/texlive-lang-chinese_*.deb)"
srcdir=./usr/share/texlive/texmf-dist/fonts/opentype/public/fandol
patterns=()
for f in "${fonts[@]}"; do patterns+=("$srcdir/$f.otf"); done
dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$work" "${patterns[@]}" ./usr/share/doc/texlive-doc/fonts/fandol/COPYING.gz

"$py" - "$work/$srcdir" "$dest" "${fonts[@]}" <<'EOF'
import sys
from fontTools.ttLib import TTFont
src, dest, names = sys.argv[1], sys.argv[2], sys.argv[3:]
for name in names:
    font = TTFont(f"{src}/{name}.otf")
    removed = 0
    for table in font["cmap"].tables:
        if not hasattr(table, "cmap"):
            continue
        # Radicals, and the C0/C1 control code points that Fandol maps to the space glyph (Qt's reverse
        # lookup would then write U+0001 for every space into the PDF text layer).
        radicals = [cp for cp in table.cmap if 0x2E80 <= cp <= 0x2FDF or cp < 0x20 or 0x7F <= cp <= 0x9F]
        for cp in radicals:
            del table.cmap[cp]
        removed += len(radicals)
    if name.endswith("-Bold"):
        # Fandol's Bold faces say weight 400 in OS/2, so fontconfig and Qt cannot tell them from the
        # Regular face of the same family and pick either for both. Mark them bold.
        font["OS/2"].usWeightClass = 700
        font["OS/2"].fsSelection = (font["OS/2"].fsSelection | 0x20) & ~0x40
        font["head"].macStyle |= 0x01
    font.save(f"{dest}/{name}.otf")
    print(f"prepare-fonts: {name}.otf: removed {removed} radical/control cmap entries")
EOF

gzip -dc "$work/usr/share/doc/texlive-doc/fonts/fandol/COPYING.gz" > "$dest/COPYING"
cat > "$dest/README.Fandol" <<'EOF'
Fandol fonts (FandolFang, FandolSong, FandolHei, FandolKai) by Fandol contributors, taken from Debian's
texlive-lang-chinese package. Licence: GNU GPL v3 with the font exception, see COPYING.
Modified: the cmap entries of U+2E80-U+2FDF (CJK and Kangxi radicals) were removed so that PDF text
layers map glyphs to the unified ideographs, and the Bold faces are marked as weight 700
(packaging/fonts/prepare-fonts.sh).
EOF
# A fontconfig file that adds this folder and maps the Windows font names of our DOCX/ODT files to the
# Fandol faces, for LibreOffice on Linux: FONTCONFIG_FILE=$dest/fonts.conf soffice ...
alias() { printf '  <alias binding="same"><family>%s</family><prefer><family>%s</family></prefer></alias>\n' "$1" "$2"; }
{
    echo '<?xml version="1.0"?>'
    echo '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">'
    echo '<fontconfig>'
    echo '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
    echo "  <dir>$dest</dir>"
    for n in 仿宋_GB2312 仿宋 FangSong FangSong_GB2312; do alias "$n" FandolFang; done
    for n in 楷体_GB2312 楷体 KaiTi KaiTi_GB2312; do alias "$n" FandolKai; done
    for n in 黑体 SimHei; do alias "$n" FandolHei; done
    for n in 宋体 SimSun 方正小标宋简体 华文中宋; do alias "$n" FandolSong; done
    echo '</fontconfig>'
} > "$dest/fonts.conf"
{ echo "$version"; date -u +%FT%TZ; } > "$stamp"
echo "prepare-fonts: fonts ready in $dest"
