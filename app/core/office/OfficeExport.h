#pragma once
// The office's status board as a spreadsheet (docs/office.md, "Export"): one row per unit with its status,
// counts and key figures, through io/Csv (UTF-8 with BOM for Excel and WPS).

#include "office/OfficeRepository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace nb {

class OfficeExport {
    Q_DECLARE_TR_FUNCTIONS(OfficeExport)
public:
    /// The CSV text: a header row (unit, status, counts, received, fingerprint, file, then one column per
    /// key figure in the order first met), then one row per status row.
    static QString csv(const QVector<UnitStatusRow>& rows);
    static bool writeCsv(const QVector<UnitStatusRow>& rows, const QString& path, QString* error);
    /// {"year": Y, "units": [{"agency","status","errors","warnings","unexplained","received","fingerprint",
    /// "file"}]} (docs/json-format.md, "Office status"); a missing unit has null counts, time, fingerprint
    /// and file.
    static QJsonObject statusJson(int year, const QVector<UnitStatusRow>& rows);
    /// The status in the user's language (缺报, 草稿, 定稿, 已改动).
    static QString statusLabel(UnitStatus status);
};

} // namespace nb
