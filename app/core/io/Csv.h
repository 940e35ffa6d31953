#pragma once
// CSV as spreadsheet programs read it (RFC 4180): the one field quoting, line and file writer used by the
// table export (render/CsvWriter), the batch check (import/BatchChecker) and the batch window.

#include <QString>
#include <QStringList>

namespace nb::csv {

/// A field, quoted when it holds a comma, a quote, or a line break (CR or LF); quotes are doubled.
QString field(const QString& text);
/// The fields joined by commas, each quoted as needed, ended by CRLF.
QString line(const QStringList& fields);
/// Writes text as UTF-8 with a byte-order mark (so Excel/WPS read the Chinese right), all or nothing
/// (QSaveFile). On failure returns false and sets *error.
bool writeFile(const QString& path, const QString& text, QString* error);

} // namespace nb::csv
