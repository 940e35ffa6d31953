// The final-copy part of DocumentStore (docs/file-format.md, "Final copies"): the final state kept in the
// meta table, finalize / return to draft with their edit-log rows, and the check of the edit log's hash
// chain.
#include "storage/DocumentStore.h"

#include "storage/SqliteFile.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace nb {

namespace {

const QString kFinalFingerprint = QStringLiteral("final_fingerprint");
const QString kFinalBy = QStringLiteral("final_by");
const QString kFinalAt = QStringLiteral("final_at");
const QString kFinalLogId = QStringLiteral("final_log_id");
const QString kFinalLogHash = QStringLiteral("final_log_hash");

QString metaText(const QSqlDatabase& db, const QString& key) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace

bool DocumentStore::loadFinalState(QString* error) {
    Q_UNUSED(error)
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    m_final = FinalState();
    m_final.fingerprint = metaText(db, kFinalFingerprint);
    m_final.isFinal = !m_final.fingerprint.isEmpty();
    if (m_final.isFinal) {
        m_final.by = metaText(db, kFinalBy);
        m_final.at = QDateTime::fromString(metaText(db, kFinalAt), Qt::ISODateWithMs);
    }
    return true;
}

bool DocumentStore::finalize(const QString& fingerprint, const QString& by, QString* error) {
    QString ignored;
    QString& err = error ? *error : ignored;
    if (m_readOnly) {
        err = tr("The document is read-only, so it cannot be finalized. %1").arg(m_readOnlyReason);
        return false;
    }
    if (m_final.isFinal) {
        err = tr("The document is already a final copy (fingerprint %1).").arg(m_final.fingerprint);
        return false;
    }
    const QDateTime at = QDateTime::currentDateTimeUtc();
    const QString time = at.toString(Qt::ISODateWithMs);
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    SqlTransaction tx(db);
    if (!tx.begin(&err))
        return false;
    QString previous;
    if (!lastLogHash(&previous, &err))
        return false;
    QJsonObject entry;
    entry.insert(QStringLiteral("fingerprint"), fingerprint);
    entry.insert(QStringLiteral("by"), by);
    const qint64 id =
        appendLog(time, QStringLiteral("finalize"), QString(),
                  QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact)), &previous, &err);
    if (id <= 0)
        return false;
    const QVector<QPair<QString, QString>> rows = {{kFinalFingerprint, fingerprint},
                                                   {kFinalBy, by},
                                                   {kFinalAt, time},
                                                   {kFinalLogId, QString::number(id)},
                                                   {kFinalLogHash, previous}};
    for (const auto& [key, value] : rows) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"));
        q.addBindValue(key);
        q.addBindValue(SqliteFile::text(value));
        if (!q.exec()) {
            err = SqliteFile::describe(q.lastError());
            return false;
        }
    }
    if (!tx.commit(&err))
        return false;
    m_final = FinalState{true, fingerprint, by, at};
    return true;
}

bool DocumentStore::returnToDraft(const QString& reason, const QString& by, QString* error) {
    QString ignored;
    QString& err = error ? *error : ignored;
    if (m_readOnly) {
        err = tr("The document is read-only, so it cannot be returned to draft. %1").arg(m_readOnlyReason);
        return false;
    }
    if (!m_final.isFinal) {
        err = tr("The document is not a final copy.");
        return false;
    }
    if (reason.trimmed().isEmpty()) {
        err = tr("Give a reason for returning the final copy to draft.");
        return false;
    }
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    SqlTransaction tx(db);
    if (!tx.begin(&err))
        return false;
    QString previous;
    if (!lastLogHash(&previous, &err))
        return false;
    QJsonObject entry;
    entry.insert(QStringLiteral("reason"), reason.trimmed());
    entry.insert(QStringLiteral("by"), by);
    if (appendLog(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), QStringLiteral("unfinalize"),
                  m_final.fingerprint, QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact)),
                  &previous, &err) <= 0)
        return false;
    if (!SqliteFile::exec(db,
                          QStringLiteral("DELETE FROM meta WHERE key IN ('final_fingerprint', 'final_by', "
                                         "'final_at', 'final_log_id', 'final_log_hash')"),
                          &err) ||
        !tx.commit(&err))
        return false;
    m_final = FinalState();
    return true;
}

QString DocumentStore::finalRefusal() const {
    const QString who = m_final.by.isEmpty() ? tr("someone") : m_final.by;
    return tr("The document is a final copy (定稿), finalized by %1 on %2 with fingerprint %3; it cannot be "
              "changed. Return it to draft first (with a reason), or work on a copy.")
        .arg(who, QLocale().toString(m_final.at.toLocalTime(), QLocale::ShortFormat), m_final.fingerprint);
}

bool DocumentStore::checkHistoryChain(QString* problem) const {
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, time, what, old, new, hash FROM edit_log ORDER BY id"))) {
        *problem = tr("The edit log of %1 cannot be read or has no hash chain (%2).")
                       .arg(QDir::toNativeSeparators(m_path),
                            SqliteFile::describe(q.lastError(), SqliteFile::Access::Read));
        return false;
    }
    QString previous;
    qint64 lastId = 0;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString expected = editLogRowHash(previous, q.value(1).toString(), q.value(2).toString(),
                                                q.value(3).toString(), q.value(4).toString());
        if (q.value(5).toString() != expected) {
            *problem = tr("The edit log of %1 was rewritten: entry %2 was changed, or an entry before it "
                          "was removed or inserted (its hash does not follow from the entries before it).")
                           .arg(QDir::toNativeSeparators(m_path))
                           .arg(id);
            return false;
        }
        previous = expected;
        lastId = id;
    }
    if (!m_final.isFinal)
        return true;
    const QString finalId = metaText(db, kFinalLogId);
    const QString finalHash = metaText(db, kFinalLogHash);
    if (QString::number(lastId) != finalId || previous != finalHash) {
        *problem =
            tr("The edit log of %1 was rewritten: its last entry is no longer the one written when the "
               "document was finalized (entry %2); entries were removed or added.")
                .arg(QDir::toNativeSeparators(m_path), finalId);
        return false;
    }
    return true;
}

} // namespace nb
