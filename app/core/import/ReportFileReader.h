#pragma once

#include "model/Report.h"

#include <QCoreApplication>
#include <QString>

namespace nb {

/// The one way to read "any report file" into a Report, for the CLI and the GUI: a .nianbao document
/// (opened read-only, never locked or changed), Nianbao JSON, or — when allowed — a published report
/// (text, HTML, PDF text) through the importers.
class ReportFileReader {
    Q_DECLARE_TR_FUNCTIONS(ReportFileReader)
public:
    enum class Kind : quint8 { Document, Json, Published };
    enum class Failure : quint8 { None, Missing, Unreadable, Foreign, Invalid };

    struct Result {
        Failure failure = Failure::Invalid;
        Kind kind = Kind::Json;
        Report report;
        QString error;          ///< translated reason (without the path) when failure != None
        int importProblems = 0; ///< published reports: parts that could not be placed
        bool ok() const { return failure == Failure::None; }
    };

    /// Published reports are read only with allowPublished; otherwise such a file is Failure::Foreign.
    static Result read(const QString& path, bool allowPublished);
    /// True when the file is a document file (SQLite header), whatever its name.
    static bool isDocument(const QString& path);

    /// Larger inputs are not report files; reading stops there.
    static constexpr qint64 kMaxBytes = qint64(64) * 1024 * 1024;
};

} // namespace nb
