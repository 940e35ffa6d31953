#!/usr/bin/env bash
# Fails when a widget-free library (nianbao_core, nianbao_render, nianbao_import, nianbao_carryover,
# nianbao_office, the PDF module nianbao_pdf) includes a QtWidgets
# header or links Qt6::Widgets. Usage: check-core-deps.sh [BUILD_DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
status=0
pattern='#\s*include\s*[<"](QtWidgets/|QApplication|QWidget|QMainWindow|QDialog|QMessageBox|QFileDialog|QPrintDialog|QPrintPreviewDialog|QPrinter|QAbstractButton|QLabel|QLineEdit|QTableView|QTreeView|QStyle[A-Za-z]*)\b'
if grep -rnE "$pattern" "$root/app/core" --include='*.h' --include='*.cpp'; then
    echo "check-core-deps: the core libraries must not include QtWidgets or PrintSupport headers (see above)" >&2
    status=1
fi
if [ -f "$build/build.ninja" ]; then
    for lib in nianbao_core nianbao_render nianbao_import nianbao_carryover nianbao_office nianbao_pdf; do
        # The link line of every executable shows what the library pulls in; inspect the library's own
        # usage requirements instead: its compile flags must not mention QtWidgets.
        if grep -E "^build app/core/CMakeFiles/${lib}\.dir/" "$build/build.ninja" >/dev/null 2>&1; then
            if awk "/^build app\/core\/CMakeFiles\/${lib}\.dir\//{f=1} f&&/INCLUDES|DEFINES/{print} /^$/{f=0}" "$build/build.ninja" \
                | grep -qE 'QtWidgets|QT_WIDGETS_LIB|QtPrintSupport'; then
                echo "check-core-deps: $lib is compiled against QtWidgets/PrintSupport" >&2
                status=1
            fi
        fi
    done
fi
[ $status -eq 0 ] && echo "check-core-deps: core libraries are widget-free"
exit $status
