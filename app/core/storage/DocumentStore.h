#pragma once

#include "format/FormatRegistry.h"
#include "model/Report.h"
#include "storage/DocumentLock.h"
#include "storage/FinalCopy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

namespace nb {

/// One row of the audit log: every edit, as committed.
struct EditLogEntry {
    qint64 id = 0;
    QDateTime time;
    QString what; ///< e.g. "cell 三|一、本年新收政府信息公开申请数量|自然人", "narrative 一", "meta agency"
    QString oldValue;
    QString newValue;
};

/// A named checkpoint ("save a version").
struct VersionInfo {
    qint64 id = 0;
    QDateTime time;
    QString name;
    qint64 lastEditId = 0; ///< edit log position at the checkpoint
};

/// One write inside an edit (several for a paste or a batch).
struct StoredEdit {
    enum class Kind : quint8 { Cell, Narrative, Meta };
    Kind kind = Kind::Cell;
    QString key;      ///< cell: "section|row|column"; narrative: section id; meta: field name
    QString oldValue; ///< storage text
    QString newValue;
};

/// How an open went: read-only and why, migration, lock owner.
struct OpenInfo {
    bool readOnly = false;
    QString readOnlyReason; ///< translated, for the user
    LockOwner lockedBy;     ///< valid when another process holds the document
    int fileSchemaVersion = 0;
    bool migrated = false;
    bool staleLockTakenOver = false;
    /// Cells and narrative sections in the file that the format does not know ("cell 三|row|column",
    /// "narrative 七"). They are kept in the file untouched; the GUI may warn about them.
    QStringList unknownEntries;
};

/// The application file format: one SQLite database per report (docs/file-format.md).
/// - application_id 0x4E42414F ('NBAO'), user_version = schema version;
/// - rollback journal (journal_mode=DELETE), synchronous=FULL: works on USB sticks and network shares;
/// - every edit is one transaction that also appends to the edit log.
/// Failures never leave a half-written document: the transaction is rolled back and a clear error returned.
class DocumentStore {
    Q_DECLARE_TR_FUNCTIONS(DocumentStore)
public:
    static constexpr quint32 kApplicationId = 0x4E42414F;
    static constexpr int kSchemaVersion = 3; ///< 2: values as decimals (d:12.5); 3: edit log chained by hash
    /// The oldest schema that can be read without migrating (read-only opens): 2 differs from 3 only by
    /// the edit log's hash column.
    static constexpr int kOldestReadableSchema = 2;

    ~DocumentStore();

    /// Creates a new file (refuses to overwrite an existing one) holding the report; takes the lock.
    static std::unique_ptr<DocumentStore> create(const QString& path, const Report& report, QString* error);
    /// Opens an existing file. readOnlyRequested opens without lock and without writing.
    /// A newer schema, a read-only file or a lock held elsewhere → opened read-only, reason in info.
    static std::unique_ptr<DocumentStore> open(const QString& path, const FormatRegistry& registry,
                                               Report* out, OpenInfo* info, QString* error,
                                               bool readOnlyRequested = false);

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    /// Why the document is read-only (translated), empty when writable.
    QString readOnlyReason() const { return m_readOnlyReason; }

    /// Applies all writes in one transaction, logging each; on failure nothing changes.
    bool write(const QVector<StoredEdit>& edits, QString* error);
    bool saveVersion(const QString& name, const Report& snapshot, QString* error);
    QVector<VersionInfo> versions() const;
    /// The report as it was at a checkpoint.
    bool loadVersion(qint64 versionId, const FormatRegistry& registry, Report* out, QString* error) const;
    QVector<EditLogEntry> history(int limit = 1000) const;
    /// Whether the document is a final copy (定稿); every write is refused while it is.
    FinalState finalState() const { return m_final; }
    /// Makes the document a final copy with the given content fingerprint: stores it (meta final_*) and
    /// logs a "finalize" row, in one transaction. Refused when read-only or already final.
    bool finalize(const QString& fingerprint, const QString& by, QString* error);
    /// Returns a final copy to draft: logs an "unfinalize" row with the reason and removes the final_* keys.
    bool returnToDraft(const QString& reason, const QString& by, QString* error);
    /// Recomputes the edit log's hash chain; false with a translated problem when a row was changed,
    /// removed or inserted, or (final copies) when rows after the finalize row were removed or added.
    bool checkHistoryChain(QString* problem) const;
    /// The translated refusal of an edit of a final copy (who finalized it, when, the fingerprint).
    QString finalRefusal() const;

    /// Writes a complete, unlocked copy of the current document to another path (Save As / Export copy).
    bool copyTo(const QString& path, QString* error) const;

    /// Caps the file at its current size (PRAGMA max_page_count), so the next growth fails with a real
    /// SQLITE_FULL. For tests and benchmarks of the disk-full path; 0 lifts the cap.
    bool limitGrowthForTesting(bool limit, QString* error);

    /// Key helpers shared with ReportDocument.
    static QString cellKey(const QString& section, const QString& row, const QString& column);
    /// "cell <key>", "narrative <id>", "meta <key>": the edit log's "what" column.
    static QString describeEdit(const StoredEdit& edit);

private:
    DocumentStore() = default;
    /// Opens the connection and checks application id and quick_check. With interrupted, a read-only open
    /// of a document with an interrupted edit (hot journal) sets it to true.
    static std::unique_ptr<DocumentStore> attach(const QString& path, bool readOnly, QString* error,
                                                 bool* interrupted = nullptr);
    /// attach(), finishing an interrupted edit first when the document is opened read-only.
    static std::unique_ptr<DocumentStore> attachRecovering(const QString& path, bool readOnly,
                                                           QString* error);
    bool applyEdit(const StoredEdit& edit, const QString& time, QString* previousHash, QString* error);
    /// Appends one edit-log row chained to previousHash (updated to this row's hash); id of the row.
    qint64 appendLog(const QString& time, const QString& what, const QString& oldValue,
                     const QString& newValue, QString* previousHash, QString* error);
    QString lastLogHash(QString* error) const;
    bool loadFinalState(QString* error);

    QString m_path;
    QString m_connection;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    std::unique_ptr<DocumentLock> m_lock;
    FinalState m_final;
};

} // namespace nb
