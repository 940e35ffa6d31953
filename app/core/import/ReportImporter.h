#pragma once

#include "format/FormatRegistry.h"
#include "import/ImportResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace nb {

/// Imports a published annual report: a PDF (text with word positions), a Word/WPS DOCX or an ODT, plain
/// text copied from a web page (cells separated by " | "), a saved web page (HTML tables with
/// rowspan/colspan), `pdftotext -layout` text, or Nianbao JSON.
/// The input kind and the format version are detected from the content. See docs/import.md.
///
/// Tolerant in reading, exact in recording: numbers are never corrected, blanks stay blank, / — 无 are kept
/// as printed-none, and everything that could not be placed is an ImportProblem with its line.
/// Pure functions; safe to call from several threads at once.
class ReportImporter {
    Q_DECLARE_TR_FUNCTIONS(ReportImporter)
public:
    /// Larger inputs are refused (a report is a few tens of kilobytes).
    static constexpr qint64 kMaxInputBytes = qint64(32) * 1024 * 1024;

    static ImportResult importFile(const QString& path, const FormatRegistry& registry);
    static ImportResult importBytes(const QByteArray& bytes, const FormatRegistry& registry);
    /// "json", "pdf", "docx", "odt", "html", "pdf-text" or "text"; "doc" (legacy binary Word/WPS) and
    /// "zip" (an archive that is not a document) cannot be imported.
    static QString detectKind(const QByteArray& bytes);
};

} // namespace nb
