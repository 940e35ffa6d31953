#pragma once
// Shared fixtures of the office tests: where the repository under test lives, and unit documents.
//
// The repository tests run against any backend: NIANBAO_OFFICE_TEST_LOCATION unset means a SQLite file in a
// temporary folder; set to a server address (postgresql://…) each test starts from an emptied repository
// in that database (its office_* tables are dropped first).

#include "document/ReportDocument.h"
#include "format/FormatRegistry.h"
#include "model/Report.h"
#include "office/OfficeRepository.h"
#include "office/RepositoryDialect.h"
#include "rules/RuleEngine.h"
#include "storage/DocumentStore.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace nb::test {

/// A fresh, empty repository location for one test (dir: the test's temporary folder).
inline QString freshRepositoryLocation(const QTemporaryDir& dir,
                                       const QString& name = QStringLiteral("office.db")) {
    const QString server = qEnvironmentVariable("NIANBAO_OFFICE_TEST_LOCATION");
    if (server.isEmpty())
        return dir.filePath(name);
    QString error;
    const auto dialect = RepositoryDialect::forLocation(server, &error);
    if (!dialect)
        qFatal("NIANBAO_OFFICE_TEST_LOCATION: %s", qPrintable(error));
    const QString connection =
        QStringLiteral("nb-office-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = dialect->connect(server, connection, false, &error);
        if (!db.isOpen())
            qFatal("NIANBAO_OFFICE_TEST_LOCATION: %s", qPrintable(error));
        QSqlQuery q(db);
        for (const char* table : {"office_document", "office_unit", "office_meta"})
            q.exec(QStringLiteral("DROP TABLE IF EXISTS ") + QLatin1String(table));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return server;
}

/// Whether the repository under test is a SQLite file (some tests change the file directly).
inline bool testingFileRepository() {
    return qEnvironmentVariable("NIANBAO_OFFICE_TEST_LOCATION").isEmpty();
}

inline FormatPtr officeFormat(const QString& id = QStringLiteral("gov-2021")) {
    return FormatRegistry::instance().format(id);
}

/// Input (not computed) cells of a format.
inline QVector<int> officeInputCells(const FormatDefinition& f) {
    QVector<int> out;
    for (const CellDef& d : f.cells()) {
        if (!d.computed)
            out.append(d.index);
    }
    return out;
}

/// A unit's report with some values: cell i gets seed-dependent values, some cells left blank.
inline Report unitReport(const QString& agency, int year, quint32 seed,
                         const QString& formatId = QStringLiteral("gov-2021")) {
    const FormatPtr f = officeFormat(formatId);
    Report r = Report::create(f, year, agency, AgencyKind::Department);
    r.autoTotals = false;
    QRandomGenerator rng(seed);
    for (const CellDef& d : f->cells()) {
        const quint32 pick = rng.bounded(10u);
        if (pick < 3)
            continue; // blank
        if (d.type == CellType::Amount)
            r.cells[d.index] = CellValue::fromScaled(qint64(rng.bounded(1000000000u)), 2 + int(pick % 3));
        else
            r.cells[d.index] = CellValue::fromUnits(qint64(rng.bounded(1000u)));
    }
    return r;
}

/// Writes report as a new document at path; fails the test when it cannot.
inline bool writeDocument(const QString& path, const Report& report) {
    QString error;
    auto store = DocumentStore::create(path, report, &error);
    if (!store)
        qWarning("cannot create %s: %s", qPrintable(path), qPrintable(error));
    return store != nullptr;
}

/// Makes the document at path a final copy; returns its fingerprint ("" on failure).
inline QString finalizeDocument(const QString& path) {
    OpenInfo info;
    QString error;
    auto doc = ReportDocument::open(path, &info, &error);
    QString fingerprint;
    if (!doc || !doc->finalize(QStringLiteral("测试"), &fingerprint, &error))
        qWarning("cannot finalize %s: %s", qPrintable(path), qPrintable(error));
    return fingerprint;
}

/// Runs one statement on a SQLite file directly (another tool changing the file).
inline bool execOnFile(const QString& path, const QString& sql) {
    const QString connection =
        QStringLiteral("nb-office-raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace nb::test
