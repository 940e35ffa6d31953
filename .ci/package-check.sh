#!/usr/bin/env bash
# Package check: builds the Debian package of an existing build and installs it with apt into a minimal
# Debian 12 root (mmdebstrap, chroot), where the console tool creates, checks and exports a report to PDF
# and the desktop program starts offscreen and quits by itself. Prints how long it took.
#   bash .ci/package-check.sh [BUILD_DIR]      (default $NIANBAO_BUILD_DIR or build/)
# The clean root is made once from Debian's archive and cached as a tarball, with apt's downloads, in
# $NIANBAO_CHROOT_CACHE (default /var/cache/nianbao-ci; outside the repository). Needs root (chroot, mount),
# mmdebstrap and zstd (.ci/deps.sh --test installs them).
set -euo pipefail
start=$SECONDS
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-${NIANBAO_BUILD_DIR:-$root/build}}"
cache="${NIANBAO_CHROOT_CACHE:-/var/cache/nianbao-ci}"
mirror="${NIANBAO_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
tarball="$cache/bookworm-apt.tar.zst"
say() { echo "package-check: $*"; }
fail() { echo "package-check: FAILED: $*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || fail "needs root (chroot and mount)"
[ -f "$build/CPackConfig.cmake" ] || fail "no configured build in $build"

# 1. The package, from the build (install rules + CPack, packaging/CPackConfig.cmake).
rm -f "$build"/nianbao_*.deb
(cd "$build" && cpack -G DEB >/dev/null) || fail "cpack -G DEB"
deb="$(ls "$build"/nianbao_*.deb)"
say "built $(basename "$deb") ($(du -h "$deb" | cut -f1)) in $((SECONDS - start)) s"

# 2. What it holds and needs, without installing.
contents="$(dpkg-deb -c "$deb" | awk '{print $6}')"
for f in ./usr/bin/nianbao ./usr/bin/nianbao-cli \
    ./usr/share/applications/cn.nianbao.Nianbao.desktop \
    ./usr/share/metainfo/cn.nianbao.Nianbao.metainfo.xml \
    ./usr/share/mime/packages/cn.nianbao.Nianbao.xml \
    ./usr/share/icons/hicolor/scalable/apps/cn.nianbao.Nianbao.svg \
    ./usr/share/icons/hicolor/48x48/apps/cn.nianbao.Nianbao.png \
    ./usr/share/icons/hicolor/256x256/apps/cn.nianbao.Nianbao.png \
    ./usr/share/icons/hicolor/scalable/mimetypes/application-x-nianbao.svg \
    ./usr/share/man/man1/nianbao-cli.1.gz ./usr/share/man/man1/nianbao.1.gz \
    ./usr/share/nianbao/fonts/FandolFang-Regular.otf ./usr/share/nianbao/fonts/COPYING \
    ./usr/share/doc/nianbao/copyright; do
    grep -qxF "$f" <<<"$contents" || fail "the package lacks $f"
done
# The PDF module (nianbao_pdf.so, Poppler): loaded at run time from LIBDIR/nianbao, so dpkg-shlibdeps must
# still see Poppler.
grep -qE '^\./usr/lib/(.+/)?nianbao/nianbao_pdf\.so$' <<<"$contents" || fail "the package lacks the PDF module"
depends="$(dpkg-deb -f "$deb" Depends)"
for d in libpoppler-qt6-3 libqt6core6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite qt6-qpa-plugins qt6-translations-l10n; do
    grep -qE "(^|, )$d( |,|$)" <<<"$depends" || fail "Depends lacks $d: $depends"
done

# 3. A clean Debian 12 root, cached.
mkdir -p "$cache/archives/partial"
if [ ! -s "$tarball" ]; then
    say "creating the Debian 12 root (once; cached in $tarball)"
    mmdebstrap --quiet --variant=apt --mode=root bookworm "$tarball.tmp.tar.zst" "deb $mirror bookworm main"
    mv "$tarball.tmp.tar.zst" "$tarball"
fi
work="$(mktemp -d /tmp/nianbao-package-check.XXXXXX)"
chroot_dir="$work/root"
cleanup() {
    for m in var/cache/apt/archives proc; do
        mountpoint -q "$chroot_dir/$m" 2>/dev/null && umount -l "$chroot_dir/$m"
    done
    rm -rf --one-file-system "$work"
}
trap cleanup EXIT
mkdir -p "$chroot_dir"
tar --zstd -xf "$tarball" -C "$chroot_dir"
mount -t proc proc "$chroot_dir/proc"
mount --bind "$cache/archives" "$chroot_dir/var/cache/apt/archives"
cp /etc/resolv.conf "$chroot_dir/etc/resolv.conf"
# A throw-away root: dpkg need not fsync every file (the install is the slow part of this check).
echo force-unsafe-io >"$chroot_dir/etc/dpkg/dpkg.cfg.d/nianbao-check-unsafe-io"
mkdir -p "$chroot_dir/tmp/check"
cp "$deb" "$chroot_dir/tmp/check/"
cp "$root/tests/data/wuhai-2021.json" "$chroot_dir/tmp/check/"
in_root() { chroot "$chroot_dir" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    XDG_RUNTIME_DIR=/tmp/runtime DEBIAN_FRONTEND=noninteractive "$@"; }

say "clean root ready after $((SECONDS - start)) s"

# 4. Install with apt, as a user would (recommends left out: the Depends alone must be enough).
t=$SECONDS
in_root apt-get update -qq || fail "apt-get update in the root"
in_root sh -c 'apt-get install -y -qq --no-install-recommends ./tmp/check/nianbao_*.deb >/tmp/check/apt.log 2>&1' \
    || { tail -20 "$chroot_dir/tmp/check/apt.log"; fail "apt-get install ./nianbao_*.deb"; }
say "installed with apt into a clean Debian 12 root in $((SECONDS - t)) s"

# 5. Run it there.
t=$SECONDS
in_root sh -ec '
    mkdir -p -m 700 /tmp/runtime
    cd /tmp/check
    nianbao-cli --version
    nianbao-cli new --year 2025 --agency 测试市测试局 -o new.nianbao
    rc=0; nianbao-cli validate new.nianbao >/dev/null || rc=$?
    [ "$rc" -le 1 ] || { echo "validate of a new report: exit $rc"; exit 1; }
    nianbao-cli import wuhai-2021.json -o sample.nianbao >/dev/null
    rc=0; nianbao-cli validate sample.nianbao || rc=$?
    [ "$rc" -le 1 ] || { echo "validate of the sample: exit $rc"; exit 1; }
    nianbao-cli export sample.nianbao --pdf sample.pdf
    [ "$(head -c 5 sample.pdf)" = "%PDF-" ] || { echo "export --pdf wrote no PDF"; exit 1; }
    grep -aq "FandolFang" sample.pdf || { echo "the PDF does not use the bundled FandolFang font"; exit 1; }
    rc=0; nianbao-cli import sample.pdf -o from-pdf.nianbao >/dev/null || rc=$?
    [ "$rc" -le 1 ] && [ -f from-pdf.nianbao ] || { echo "import of a PDF (the PDF module): exit $rc"; exit 1; }
    out="$(QT_QPA_PLATFORM=offscreen timeout 60 nianbao --quit-when-shown sample.nianbao)"
    echo "nianbao: $out"
    case "$out" in *"opened 1"*) ;; *) echo "the desktop program did not open the sample"; exit 1;; esac
    if [ -f /usr/share/mime/globs2 ]; then
        grep -q "application/x-nianbao:\*\.nianbao" /usr/share/mime/globs2 || { echo "MIME type not registered"; exit 1; }
    fi
' || fail "running the installed programs"
say "ok in $((SECONDS - t)) s: nianbao-cli new/validate/export --pdf/import of that PDF and an offscreen start of nianbao in the clean root"
say "took $((SECONDS - start)) s"
