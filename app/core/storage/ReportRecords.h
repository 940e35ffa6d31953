#pragma once

#include "format/FormatRegistry.h"
#include "model/Report.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace nb {

/// Maps a Report to the rows of a document file and back (schema: docs/file-format.md).
/// Cells are keyed by canonical label paths, never by index, so files survive edits of a format file.
class ReportRecords {
    Q_DECLARE_TR_FUNCTIONS(ReportRecords)
public:
    /// Creates the version-1 tables (inside the caller's transaction).
    static bool createSchema(const QSqlDatabase& db, QString* error);
    /// Writes every field, narrative and non-blank cell of a new report (inside the caller's transaction).
    static bool writeAll(const QSqlDatabase& db, const Report& report, QString* error);
    /// Reads a report. Cells and narrative sections the format does not know stay in the file untouched and
    /// are listed in unknown ("cell 三|row|column", "narrative 七").
    static bool readAll(const QSqlDatabase& db, const FormatRegistry& registry, Report* out,
                        QStringList* unknown, QString* error);

    /// The storage text of a metadata key (agency, agency_kind, year, title, signature_agency,
    /// signature_date, notes, auto_totals).
    static QString metaValue(const Report& report, const QString& key);
    /// Sets a metadata key from its storage text; false when the text is not valid for the key.
    static bool setMetaValue(Report* report, const QString& key, const QString& value);
    static QStringList metaKeys();
};

} // namespace nb
