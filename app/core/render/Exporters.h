#pragma once

// File exports of a report (used by `nianbao-cli export` and the GUI's File → Export).
// Every function writes atomically (QSaveFile), returns false with a translated message in *error on
// failure, and needs a QGuiApplication (fonts) except exportCsv. See ReportRenderer.h for the design.

#include "model/Report.h"
#include "render/ExportOptions.h"

#include <QString>

namespace nb {

/// GB/T 9704 PDF (A4, embedded font subsets, corrected text layer). Fails when characters have no glyph
/// in any font unless options.failOnMissingGlyphs is false.
bool exportPdf(const Report& report, const QString& path, const ExportOptions& options, QString* error);
/// WordprocessingML (.docx) for Word and WPS: same fonts, sizes, line pitch, margins, merged cells, page
/// numbers.
bool exportDocx(const Report& report, const QString& path, const ExportOptions& options, QString* error);
/// OpenDocument text (.odt): content.xml + styles.xml written directly (not Qt's lossy ODF writer).
bool exportOdt(const Report& report, const QString& path, const ExportOptions& options, QString* error);
/// One self-contained HTML page for the agency's website: semantic tables, no scripts, no external files.
bool exportHtml(const Report& report, const QString& path, const ExportOptions& options, QString* error);
/// One CSV per statistics table (UTF-8 with BOM, for Excel) in the folder `dir` (created if needed):
/// 二.csv, 三.csv, 四.csv named by section id, each the printed grid with merged labels repeated.
bool exportCsv(const Report& report, const QString& dir, const ExportOptions& options, QString* error);

/// The PDF bytes (for tests and the GUI); missingGlyphs receives characters without a glyph.
bool renderPdf(const Report& report, const ExportOptions& options, QByteArray* pdf,
               QStringList* missingGlyphs, QString* error);

} // namespace nb
