#pragma once
// Test support: builds Reports from the hand-checked samples in tests/data/samples (*.expected.json).

#include "format/FormatRegistry.h"
#include "io/JsonNumbers.h"
#include "model/Report.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace nb::test {

inline QString samplePath(const QString& name) {
    return QStringLiteral(NIANBAO_SAMPLES_DIR "/") + name;
}

inline QJsonObject readJsonObject(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QJsonDocument::fromJson(f.readAll()).object();
}

/// Fills a report of the sample's format with every value of an *.expected.json, cell by cell through
/// Report::setCell (fails the test on an unknown path). Values are entered as printed (autoTotals off).
inline Report reportFromExpected(const QString& expectedJsonPath) {
    const QJsonObject root = readJsonObject(expectedJsonPath);
    FormatPtr format = FormatRegistry::instance().format(root.value(QStringLiteral("format")).toString());
    if (!format)
        qFatal("unknown format in %s", qPrintable(expectedJsonPath));
    Report r = Report::create(format, root.value(QStringLiteral("year")).toInt(),
                              root.value(QStringLiteral("agency")).toString(), AgencyKind::Department);
    r.autoTotals = false;
    const QJsonObject cells = root.value(QStringLiteral("cells")).toObject();
    for (auto s = cells.begin(); s != cells.end(); ++s) {
        const QJsonObject rows = s.value().toObject();
        for (auto row = rows.begin(); row != rows.end(); ++row) {
            const QJsonObject cols = row.value().toObject();
            for (auto col = cols.begin(); col != cols.end(); ++col) {
                const QJsonValue v = col.value();
                // Amounts are written as strings ("7730.28") in the expected files, counts as numbers.
                CellValue value;
                if (!v.isNull() && !(v.isString() ? CellValue::fromDecimalText(v.toString(), &value)
                                                  : JsonNumbers::cellFromJson(v, &value)))
                    qFatal("%s: %s is not a cell value", qPrintable(expectedJsonPath),
                           qPrintable(v.toVariant().toString()));
                if (!r.setCell(s.key(), row.key(), col.key(), value))
                    qFatal("no cell %s | %s | %s", qPrintable(s.key()), qPrintable(row.key()),
                           qPrintable(col.key()));
            }
        }
    }
    const QJsonObject signature = root.value(QStringLiteral("signature")).toObject();
    r.signatureAgency = signature.value(QStringLiteral("agency")).toString();
    r.signatureDate = QDate::fromString(signature.value(QStringLiteral("date")).toString(), Qt::ISODate);
    return r;
}

} // namespace nb::test
