#pragma once
// Many distinct unit documents, quickly (office repository tests and benchmarks): one real document made
// through ReportDocument, then a copy per unit whose agency (and one table cell, so that the documents
// differ in their figures too) is changed in the copy's meta and cell rows.

#include "document/ReportDocument.h"
#include "format/FormatRegistry.h"
#include "model/Report.h"
#include "office/OfficeRepository.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace nbtest {

/// Writes count documents "PREFIX-0001.nianbao" … into dir (agency "PREFIX 单位 0001" …, year 2025).
/// Returns the paths; empty with *error on failure.
inline QStringList makeUnitFiles(const QString& dir, int count, const QString& prefix, QString* error) {
    QStringList paths;
    const nb::FormatPtr format = nb::FormatRegistry::instance().formatForYear(2025);
    if (!format) {
        *error = QStringLiteral("no format for 2025");
        return {};
    }
    const QString base = QDir(dir).filePath(prefix + QStringLiteral("-base.nianbao.tmp"));
    QFile::remove(base);
    {
        nb::Report report = nb::Report::create(format, 2025, prefix, nb::AgencyKind::Department);
        const auto doc = nb::ReportDocument::create(base, report, error);
        if (!doc)
            return {};
    }
    const QString connection = QStringLiteral("units-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    for (int i = 1; i <= count; ++i) {
        const QString number = QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0'));
        const QString path =
            QDir(dir).filePath(prefix + QLatin1Char('-') + number + QStringLiteral(".nianbao"));
        QFile::remove(path);
        if (!QFile::copy(base, path)) {
            *error = QStringLiteral("cannot copy to ") + path;
            return {};
        }
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path);
            ok = db.open();
            QSqlQuery q(db);
            ok = ok && q.exec(QStringLiteral("PRAGMA synchronous=OFF")) &&
                 q.exec(QStringLiteral("PRAGMA journal_mode=OFF"));
            q.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'agency'"));
            q.addBindValue(prefix + QStringLiteral(" 单位 ") + number);
            ok = ok && q.exec() && q.numRowsAffected() == 1;
            if (!ok)
                *error = path + QStringLiteral(": ") + q.lastError().text();
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        if (!ok)
            return {};
        paths.append(path);
    }
    QFile::remove(base);
    return paths;
}

/// Receives files into the repository at location (opened or created); false with *error naming the first
/// file that was not received.
inline bool receiveAll(const QString& location, const QStringList& files, QString* error) {
    const auto repository = nb::OfficeRepository::open(location, nullptr, error);
    if (!repository)
        return false;
    for (const nb::AddResult& r : repository->addPaths(files)) {
        if (!r.ok()) {
            *error = r.file + QStringLiteral(": ") + r.message;
            return false;
        }
    }
    return true;
}

} // namespace nbtest
