#!/usr/bin/env bash
# Renders the committed icon files from packaging/linux/cn.nianbao.Nianbao.svg. Run after changing the SVG
# and commit the result (the build does not need the renderer):
#   packaging/linux/icons/cn.nianbao.Nianbao-<N>.png   hicolor sizes 16 … 256 (Linux package)
#   packaging/windows/nianbao.ico                      16, 24, 32, 48, 64, 256 (Windows executable, MSI)
# Needs rsvg-convert (Debian: librsvg2-bin), fonts-noto-cjk (the glyph 年) and python3.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
svg="$here/cn.nianbao.Nianbao.svg"
mkdir -p "$here/icons"
for s in 16 24 32 48 64 128 256; do
    rsvg-convert -w "$s" -h "$s" "$svg" -o "$here/icons/cn.nianbao.Nianbao-$s.png"
done
# An .ico holding PNG images (Windows Vista and later read them).
python3 - "$here/icons" "$here/../windows/nianbao.ico" <<'PY'
import struct, sys
src, out = sys.argv[1], sys.argv[2]
sizes = [16, 24, 32, 48, 64, 256]
images = [open(f"{src}/cn.nianbao.Nianbao-{s}.png", "rb").read() for s in sizes]
header = struct.pack("<HHH", 0, 1, len(sizes))
offset = 6 + 16 * len(sizes)
entries = b""
for s, data in zip(sizes, images):
    entries += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
open(out, "wb").write(header + entries + b"".join(images))
PY
echo "render-icons: icons written"
