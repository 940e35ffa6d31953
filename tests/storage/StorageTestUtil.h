#pragma once

// Shared fixtures of the storage tests: a filled-in report and small file helpers.

#include "TestTimeouts.h"
#include "format/FormatRegistry.h"
#include "model/Report.h"
#include "storage/DocumentStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

namespace nb::test {

inline FormatPtr format2021() {
    return FormatRegistry::instance().format(QStringLiteral("gov-2021"));
}

/// First n cells of a section that are not computed totals.
inline QVector<int> inputCells(const FormatDefinition& f, const QString& section, int n) {
    QVector<int> out;
    for (const CellDef& d : f.cells()) {
        if (d.section == section && !d.computed && out.size() < n)
            out.append(d.index);
    }
    return out;
}

inline int firstComputedCell(const FormatDefinition& f, const QString& section) {
    for (const CellDef& d : f.cells()) {
        if (d.section == section && d.computed)
            return d.index;
    }
    return -1;
}

/// A report touching every kind of stored value: numbers, amounts with decimals, printed-none marks,
/// blanks, narratives (one empty), every metadata field.
inline Report sampleReport() {
    const FormatPtr f = format2021();
    Report r = Report::create(f, 2025, QStringLiteral("某某市公安局"), AgencyKind::Government);
    r.title = QStringLiteral("某某市公安局2025年政府信息公开工作年度报告（修订）");
    r.signatureAgency = QStringLiteral("某某市公安局办公室");
    r.signatureDate = QDate(2026, 1, 19);
    r.notes = QStringLiteral("备注：第一行\n第二行 | 竖线");
    const QStringList narratives = f->narrativeSectionIds();
    for (int i = 0; i < narratives.size(); ++i)
        r.narratives.insert(narratives.at(i),
                            i == 1 ? QString() : QStringLiteral("一、第%1节\n正文 %1").arg(i));
    int k = 0;
    for (const CellDef& d : f->cells()) {
        ++k;
        if (k % 11 == 0)
            continue; // blank
        if (d.type == CellType::Amount)
            r.cells[d.index] = CellValue::fromScaled(12345 + k); // 0.012345 + …
        else if (k % 13 == 0)
            r.cells[d.index] = CellValue::printedNone(QStringLiteral("/"));
        else
            r.cells[d.index] = CellValue::fromUnits(k % 17);
    }
    return r;
}

inline QByteArray fileBytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Runs one statement on a raw connection (to tamper with a file the way another program would).
inline bool rawExec(const QString& path, const QString& sql) {
    const QString name = QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

/// Creates a document holding sampleReport() in dir and returns its path (the store is closed again).
inline QString makeDocument(const QTemporaryDir& dir, const QString& name) {
    const QString p = dir.filePath(name);
    QString error;
    auto store = nb::DocumentStore::create(p, sampleReport(), &error);
    if (!store)
        qWarning() << error;
    return p;
}

} // namespace nb::test
