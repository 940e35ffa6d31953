#pragma once

#include <QStringList>

namespace nb::gui {

/// The editors' fonts stay the same for the whole session. The editors ask for the paper's families
/// (AppSettings::font: 仿宋_GB2312, FangSong, 仿宋, FandolFang, Noto Serif CJK SC …). Printing and PDF export
/// register the bundled Fandol fonts with the application (render/FontResolver), so before this class an
/// editor built after the first print preview got FandolFang (thin, no bold face) where the ones built
/// before had the system's CJK font: documents opened later lost their bold headings and got a thinner font.
/// The families installed when the first window opens are remembered; a family registered later (the
/// bundled fonts) is not used by the editors.
class UiFonts {
public:
    /// Remembers the installed families (once per process; the first window calls it).
    static void rememberInstalledFamilies();
    /// families without those that were installed only after rememberInstalledFamilies() (except chosen,
    /// the user's own choice in Preferences); families unchanged when nothing was remembered yet or none of
    /// them would be left.
    static QStringList installedAtStart(const QStringList& families, const QString& chosen = QString());
};

} // namespace nb::gui
