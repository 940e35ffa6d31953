// OfficeRepository: receiving documents (docs/office.md, "Receiving"). Each file is read and checked from a
// private copy of its bytes; the rows of a copy (unit, bytes, the earlier copy marked as history) are
// written together. addPaths() writes up to kBatchSize files per transaction, each under its own
// savepoint, so that a thousand files do not cost a thousand synchronous commits.
#include "office/OfficeRepository.h"

#include "office/RepositoryDialect.h"
#include "office/UnitChecks.h"
#include "storage/DocumentStore.h"
#include "storage/SqliteFile.h"
#include "years/KeyIndicators.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

namespace nb {

/// A file read and checked, ready to be written.
struct OfficeRepository::PendingUnit {
    int index = 0; ///< position in the caller's list
    ReceivedUnit unit;
    QByteArray bytes;
    QString cells;
};

namespace {

constexpr int kWriteAttempts = 8;
constexpr int kBatchSize = 100;
constexpr qint64 kBatchMs = 2000;

QString figuresToText(const QVector<UnitKeyFigure>& figures) {
    QJsonArray a;
    for (const UnitKeyFigure& f : figures)
        a.append(QJsonObject{{QStringLiteral("id"), f.id},
                             {QStringLiteral("label"), f.label},
                             {QStringLiteral("known"), f.known},
                             {QStringLiteral("scaled"), QString::number(f.scaled)}});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

/// Non-blank cells as "section|row|column<TAB>storage text" lines (the consolidation reads them back).
QString cellsToText(const Report& report) {
    QString text;
    const QVector<CellDef>& defs = report.format->cells();
    for (int i = 0; i < report.cells.size() && i < defs.size(); ++i) {
        const CellValue& v = report.cells.at(i);
        if (v.isBlank())
            continue;
        const CellDef& d = defs.at(i);
        text += DocumentStore::cellKey(d.section, d.rowPath, d.columnPath);
        text += QLatin1Char('\t');
        text += v.toStorageString();
        text += QLatin1Char('\n');
    }
    return text;
}

} // namespace

QStringList OfficeRepository::expandPaths(const QStringList& paths) {
    QStringList files;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files.append(path);
            continue;
        }
        QDir dir(path);
        QStringList names = dir.entryList({QStringLiteral("*.nianbao")}, QDir::Files | QDir::Hidden);
        names.sort();
        for (const QString& name : std::as_const(names))
            files.append(dir.filePath(name));
    }
    return files;
}

AddResult OfficeRepository::addFile(const QString& path) {
    AddResult result;
    PendingUnit pending;
    if (prepareFile(path, &pending, &result))
        insertUnit(pending, &result);
    return result;
}

QVector<AddResult> OfficeRepository::addPaths(const QStringList& paths) {
    const QStringList files = expandPaths(paths);
    QVector<AddResult> results(files.size());
    QVector<PendingUnit> batch;
    QElapsedTimer sinceFlush;
    sinceFlush.start();
    const auto flush = [&]() {
        if (!batch.isEmpty() && !writeBatch(batch, &results)) {
            // The batch as a whole failed (busy, serialization, commit): each file on its own, with retries.
            for (const PendingUnit& p : std::as_const(batch))
                insertUnit(p, &results[p.index]);
        }
        batch.clear();
        sinceFlush.restart();
    };
    for (int i = 0; i < files.size(); ++i) {
        PendingUnit pending;
        pending.index = i;
        if (prepareFile(files.at(i), &pending, &results[i]))
            batch.append(std::move(pending));
        if (batch.size() >= kBatchSize || sinceFlush.elapsed() > kBatchMs)
            flush();
    }
    flush();
    return results;
}

bool OfficeRepository::prepareFile(const QString& path, PendingUnit* pending, AddResult* out) {
    AddResult& result = *out;
    result = AddResult();
    result.file = path;
    const auto fail = [&](const QString& message) {
        result.outcome = AddResult::Outcome::Failed;
        result.message = message;
        return false;
    };
    if (m_readOnly)
        return fail(m_readOnlyReason);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot be read: %1").arg(file.errorString()));
    QByteArray bytes = file.readAll();
    file.close();
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());

    // The same bytes again: say so before reading the document at all.
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral(
            "SELECT id, agency, report_year, is_current FROM office_unit WHERE content_hash = ?"));
        q.addBindValue(hash);
        if (!q.exec())
            return fail(m_dialect->describe(q.lastError()));
        if (q.next()) {
            result.outcome = AddResult::Outcome::Duplicate;
            result.unitId = q.value(0).toLongLong();
            result.agency = q.value(1).toString();
            result.year = q.value(2).toInt();
            result.message = q.value(3).toInt() != 0
                                 ? tr("already received (the same file as the current copy of %1 %2)")
                                       .arg(result.agency)
                                       .arg(result.year)
                                 : tr("already received (the same file as an earlier copy of %1 %2)")
                                       .arg(result.agency)
                                       .arg(result.year);
            return false;
        }
    }

    const SqliteFile::Header header = SqliteFile::checkHeader(path, DocumentStore::kApplicationId);
    if (header.status == SqliteFile::Header::Status::Foreign ||
        header.status == SqliteFile::Header::Status::NotSqlite)
        return fail(tr("is not a Nianbao document"));
    if (header.status != SqliteFile::Header::Status::Ok)
        return fail(tr("is damaged: %1").arg(header.error));
    if (header.userVersion > DocumentStore::kSchemaVersion)
        return fail(tr("was written by a newer version of Nianbao (file version %1; this version knows up to "
                       "%2); update the program to receive it")
                        .arg(header.userVersion)
                        .arg(DocumentStore::kSchemaVersion));
    Report report;
    QString readError;
    const auto readReport = [&](const QString& document, bool readOnly) {
        OpenInfo openInfo;
        return DocumentStore::open(document, FormatRegistry::instance(), &report, &openInfo, &readError,
                                   readOnly) != nullptr;
    };
    // A document of the current file version is read in place (read-only, never locked or changed), and
    // its bytes read again afterwards: when they are the same, the report is exactly what is stored.
    QString checkedPath = path;
    bool read = false;
    if (header.userVersion == DocumentStore::kSchemaVersion && readReport(path, true)) {
        QFile again(path);
        read = again.open(QIODevice::ReadOnly) && again.readAll() == bytes;
    }
    // Otherwise (an older file version to upgrade, an edit interrupted or the file changed while being
    // read) the document is read from a private copy of exactly the received bytes.
    QTemporaryDir scratch;
    if (!read) {
        if (!scratch.isValid())
            return fail(tr("no temporary folder: %1").arg(scratch.errorString()));
        checkedPath = scratch.filePath(QStringLiteral("unit.nianbao"));
        QFile scratchFile(checkedPath);
        if (!scratchFile.open(QIODevice::WriteOnly) || scratchFile.write(bytes) != bytes.size())
            return fail(tr("cannot be copied for reading: %1").arg(scratchFile.errorString()));
        scratchFile.close();
        if (!readReport(checkedPath, header.userVersion >= DocumentStore::kSchemaVersion))
            return fail(tr("is damaged: %1").arg(readError));
    }
    if (!report.format)
        return fail(tr("is damaged: it names no report format"));
    const QString agency = normalizedName(report.agency);
    if (agency.isEmpty())
        return fail(tr("names no unit: fill in the agency (编制单位) and send it again"));
    result.agency = agency;
    result.year = report.year;

    const UnitCheck check = checkUnit(report, checkedPath);
    ReceivedUnit& unit = pending->unit;
    unit.agency = agency;
    unit.agencyKind = report.agencyKind;
    unit.year = report.year;
    unit.formatId = report.format->id;
    unit.received = QDateTime::currentDateTimeUtc();
    unit.fileName = QFileInfo(path).fileName();
    unit.contentHash = hash;
    unit.size = bytes.size();
    unit.status = check.status;
    unit.fingerprint = check.fingerprint;
    unit.errors = check.errors;
    unit.warnings = check.warnings;
    unit.unexplained = check.unexplained;
    const YearIndicators indicators = KeyIndicators::of(report);
    for (const IndicatorFigure& f : indicators.figures)
        unit.keyFigures.append({f.id, f.label, f.known, f.scaled});
    pending->bytes = std::move(bytes);
    pending->cells = cellsToText(report);
    return true;
}

OfficeRepository::WriteStatus OfficeRepository::writeUnitRows(const PendingUnit& pending, AddResult* result,
                                                              QString* error) {
    const ReceivedUnit& unit = pending.unit;
    QSqlQuery q(db());
    const auto failed = [&]() {
        *error = m_dialect->describe(q.lastError());
        return m_dialect->isRetryable(q.lastError()) || m_dialect->isUniqueViolation(q.lastError())
                   ? WriteStatus::Retry
                   : WriteStatus::Failed;
    };
    q.prepare(QStringLiteral("SELECT id FROM office_unit WHERE content_hash = ?"));
    q.addBindValue(unit.contentHash);
    if (!q.exec())
        return failed();
    if (q.next()) { // received meanwhile (another writer, or earlier in this batch)
        result->outcome = AddResult::Outcome::Duplicate;
        result->unitId = q.value(0).toLongLong();
        result->message = tr("already received");
        return WriteStatus::Done;
    }
    q.prepare(QStringLiteral(
        "UPDATE office_unit SET is_current = 0 WHERE agency = ? AND report_year = ? AND is_current = 1"));
    q.addBindValue(unit.agency);
    q.addBindValue(unit.year);
    if (!q.exec())
        return failed();
    const bool superseded = q.numRowsAffected() > 0;
    q.prepare(QStringLiteral(
        "INSERT INTO office_unit(agency, agency_kind, report_year, format_id, received, file_name, "
        "content_hash, size_bytes, status, fingerprint, errors, warnings, unexplained, key_figures, "
        "cells, is_current) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"));
    q.addBindValue(unit.agency);
    q.addBindValue(agencyKindToString(unit.agencyKind));
    q.addBindValue(unit.year);
    q.addBindValue(unit.formatId);
    q.addBindValue(unit.received.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(SqliteFile::text(unit.fileName));
    q.addBindValue(unit.contentHash);
    q.addBindValue(unit.size);
    q.addBindValue(unitStatusId(unit.status));
    q.addBindValue(SqliteFile::text(unit.fingerprint));
    q.addBindValue(unit.errors);
    q.addBindValue(unit.warnings);
    q.addBindValue(unit.unexplained);
    q.addBindValue(figuresToText(unit.keyFigures));
    q.addBindValue(SqliteFile::text(pending.cells));
    if (!q.exec())
        return failed();
    const qint64 id = q.lastInsertId().toLongLong();
    if (id <= 0) {
        *error = tr("The new unit got no number from the database.");
        return WriteStatus::Failed;
    }
    q.prepare(QStringLiteral("INSERT INTO office_document(unit_id, bytes) VALUES(?, ?)"));
    q.addBindValue(id);
    q.addBindValue(pending.bytes);
    if (!q.exec())
        return failed();
    result->outcome = superseded ? AddResult::Outcome::Superseded : AddResult::Outcome::Added;
    result->unitId = id;
    result->message =
        superseded
            ? tr("received; the earlier copy of %1 %2 went to the history").arg(unit.agency).arg(unit.year)
            : tr("received: %1 %2").arg(unit.agency).arg(unit.year);
    return WriteStatus::Done;
}

bool OfficeRepository::insertUnit(const PendingUnit& pending, AddResult* result) {
    const QSqlDatabase d = db();
    QString lastError;
    for (int attempt = 0; attempt < kWriteAttempts; ++attempt) {
        if (attempt > 0)
            QThread::msleep(static_cast<unsigned long>(20 * attempt));
        QSqlQuery q(d);
        WriteStatus status = WriteStatus::Retry;
        if (!q.exec(m_dialect->beginWrite())) {
            lastError = m_dialect->describe(q.lastError());
            status = m_dialect->isRetryable(q.lastError()) ? WriteStatus::Retry : WriteStatus::Failed;
        } else {
            status = writeUnitRows(pending, result, &lastError);
            if (status == WriteStatus::Done && !q.exec(QStringLiteral("COMMIT"))) {
                lastError = m_dialect->describe(q.lastError());
                status = m_dialect->isRetryable(q.lastError()) ? WriteStatus::Retry : WriteStatus::Failed;
            }
            if (status != WriteStatus::Done)
                QSqlQuery(d).exec(QStringLiteral("ROLLBACK"));
        }
        if (status == WriteStatus::Done)
            return true;
        if (status == WriteStatus::Failed)
            break;
    }
    result->outcome = AddResult::Outcome::Failed;
    result->message = tr("could not be stored in the repository: %1").arg(lastError);
    return false;
}

bool OfficeRepository::writeBatch(const QVector<PendingUnit>& batch, QVector<AddResult>* results) {
    const QSqlDatabase d = db();
    QSqlQuery q(d);
    if (!q.exec(m_dialect->beginWrite()))
        return false;
    QVector<AddResult> written;
    written.reserve(batch.size());
    for (const PendingUnit& p : batch) {
        AddResult r = results->at(p.index);
        QString error;
        if (!q.exec(QStringLiteral("SAVEPOINT office_unit_add"))) {
            QSqlQuery(d).exec(QStringLiteral("ROLLBACK"));
            return false;
        }
        const WriteStatus status = writeUnitRows(p, &r, &error);
        if (status == WriteStatus::Retry) {
            QSqlQuery(d).exec(QStringLiteral("ROLLBACK"));
            return false;
        }
        if (status == WriteStatus::Failed) {
            QSqlQuery(d).exec(QStringLiteral("ROLLBACK TO SAVEPOINT office_unit_add"));
            r.outcome = AddResult::Outcome::Failed;
            r.message = tr("could not be stored in the repository: %1").arg(error);
        }
        if (!q.exec(QStringLiteral("RELEASE SAVEPOINT office_unit_add"))) {
            QSqlQuery(d).exec(QStringLiteral("ROLLBACK"));
            return false;
        }
        written.append(r);
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        QSqlQuery(d).exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    for (int i = 0; i < batch.size(); ++i)
        (*results)[batch.at(i).index] = written.at(i);
    return true;
}

} // namespace nb
