#pragma once

#include "model/Report.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace nb {

/// One CSV per statistics table: the printed grid, row by row (merged labels repeated in every grid
/// position they cover so that spreadsheets can sort and filter; a merged number appears once).
/// UTF-8 with a byte-order mark and CRLF line ends, which Excel opens without an import dialog.
class CsvWriter {
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)
public:
    static QByteArray tableCsv(const Report& report, int sectionIndex);
    /// File name for a table section: its heading, e.g. "二、主动公开政府信息情况.csv".
    static QString fileName(const Report& report, int sectionIndex);
    static bool writeDirectory(const Report& report, const QString& dir, QString* error);
};

} // namespace nb
