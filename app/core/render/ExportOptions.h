#pragma once

#include <QString>

namespace nb {

/// The typographic roles of a report (GB/T 9704 §7): each is resolved to a font by FontResolver. The one
/// list of roles for the exporters and the GUI (preferences, editor previews); sizes: PageGeometry.
enum class FontRole : quint8 {
    Title,      ///< 2号 小标宋: 方正小标宋简体 / 华文中宋 / 宋体
    Body,       ///< 3号 仿宋: 仿宋_GB2312 / 仿宋 (also headings 1./（1）, 落款)
    Heading1,   ///< 一、 黑体 (also the 草稿 watermark)
    Heading2,   ///< （一） 楷体_GB2312 / 楷体
    PageNumber, ///< 4号 宋体
    Table,      ///< table text, 五号/小四: the body's fonts unless overridden
};
inline constexpr int kFontRoleCount = 6;

/// Options shared by every exporter and by ReportRenderer. Default-constructed = the standard layout.
struct ExportOptions {
    /// Print a large light "草稿" across every page (PDF, print, DOCX/ODT header watermark, HTML banner).
    bool draftWatermark = false;
    /// The fingerprint of a final copy (storage/FinalCopy, 64 hex digits), or empty. When set, PDF and
    /// print put "校验码：" and its first 16 hex digits small at the foot of the last page (docs/output.md).
    QString fingerprint;
    /// Font family overrides per role; an empty string keeps the standard resolution order. A family that
    /// is not installed is skipped (with a warning) in PDF/print; DOCX/ODT/HTML write the name as given.
    QString titleFont;
    QString bodyFont;
    QString heading1Font;
    QString heading2Font;
    QString pageNumberFont;
    QString tableFont; ///< empty: tables use the body font (and its override)
    /// PDF/print: fail when some character has no glyph in any font (instead of printing a box).
    /// When false the export succeeds and ReportRenderer::missingGlyphs() lists the characters.
    bool failOnMissingGlyphs = true;
    /// PDF: repair the text layer (radicals → unified ideographs in the ToUnicode maps). Always wanted;
    /// switchable only so that tests can show the problem exists.
    bool fixTextLayer = true;

    QString fontOverride(FontRole role) const { return *const_cast<ExportOptions*>(this)->overrideOf(role); }
    void setFontOverride(FontRole role, const QString& family) { *overrideOf(role) = family; }

private:
    QString* overrideOf(FontRole role) {
        switch (role) {
        case FontRole::Title:
            return &titleFont;
        case FontRole::Body:
            return &bodyFont;
        case FontRole::Heading1:
            return &heading1Font;
        case FontRole::Heading2:
            return &heading2Font;
        case FontRole::PageNumber:
            return &pageNumberFont;
        case FontRole::Table:
            break;
        }
        return &tableFont;
    }
};

} // namespace nb
