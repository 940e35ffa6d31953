#include "UiFonts.h"

#include <QFontDatabase>
#include <QSet>

namespace nb::gui {

namespace {
QSet<QString>& remembered() {
    static QSet<QString> families;
    return families;
}
} // namespace

void UiFonts::rememberInstalledFamilies() {
    if (!remembered().isEmpty())
        return;
    const QStringList all = QFontDatabase::families();
    remembered() = QSet<QString>(all.begin(), all.end());
}

QStringList UiFonts::installedAtStart(const QStringList& families, const QString& chosen) {
    if (remembered().isEmpty())
        return families;
    QStringList out;
    for (const QString& f : families)
        if (f == chosen || remembered().contains(f) || !QFontDatabase::hasFamily(f)) // absent: harmless
            out << f;
    return out.isEmpty() ? families : out;
}

} // namespace nb::gui
