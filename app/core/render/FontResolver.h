#pragma once

#include "render/ExportOptions.h"

#include <QCoreApplication>
#include <QFont>
#include <QStringList>

namespace nb {

/// Finds the font for each typographic role, in this order (docs/output.md, "Fonts"):
///  1. the override from ExportOptions, if installed;
///  2. the Windows names offices have (方正小标宋简体, 华文中宋, 宋体; 仿宋_GB2312, 仿宋; 黑体; 楷体_GB2312,
///  楷体),
///     in Chinese or English spelling;
///  3. the Fandol fonts shipped with the program (bundledFontDirectory());
///  4. system CJK fonts (Noto Serif/Sans CJK SC, AR PL, WenQuanYi).
/// The other candidates that are installed follow as fallback families, so a character missing from the
/// first font is taken from the next; characters found in none are reported (ReportRenderer::missingGlyphs).
class FontResolver {
    Q_DECLARE_TR_FUNCTIONS(FontResolver)
public:
    explicit FontResolver(const ExportOptions& options = {});

    /// Folders searched for the bundled fonts, in order: $NIANBAO_FONT_DIR; <program dir>/fonts;
    /// <program dir>/../share/nianbao/fonts; the source tree's resources/fonts (developer builds only).
    static QStringList fontSearchPath();
    /// The first folder of fontSearchPath() that holds fonts, or empty. When NIANBAO_FONT_DIR is set, only
    /// that folder counts (even if it holds no fonts).
    static QString bundledFontDirectory();
    /// Registers the bundled fonts with QFontDatabase (once per process; thread-safe). Returns the
    /// families added. Needs a QGuiApplication.
    static QStringList loadBundledFonts();

    /// The chosen family for a role (empty if no candidate is installed) and the ordered fallbacks.
    QString family(FontRole role) const { return m_families[int(role)].value(0); }
    QStringList families(FontRole role) const { return m_families[int(role)]; }
    /// A font for the role at the given point size, with fallbacks, unhinted, kerning off.
    QFont font(FontRole role, qreal pointSize) const;
    /// Messages about overrides that are not installed and roles that fell back to a system font.
    QStringList warnings() const { return m_warnings; }

    /// Names written into DOCX/ODT/HTML: what offices have (the override if given), and alternates.
    static QString officeFamily(FontRole role, const ExportOptions& options = {});
    static QStringList officeAlternates(FontRole role);
    /// A CSS font-family list for the role (office name, alternates, Fandol, Noto, generic).
    static QString cssFamilies(FontRole role, const ExportOptions& options = {});
    /// The standard candidate list for a role (without overrides), in resolution order.
    static QStringList candidates(FontRole role);

private:
    QStringList m_families[kFontRoleCount];
    bool m_bold[kFontRoleCount] = {};
    QStringList m_warnings;
};

} // namespace nb
