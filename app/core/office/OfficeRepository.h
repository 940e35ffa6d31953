#pragma once
// The coordinating office's repository of its units' reports (docs/office.md): every received document as
// it arrived, with what the office needs to see at a glance computed once on receipt, so that status never
// re-opens a document. One code path over Qt Sql with portable SQL; the few differences between database
// systems are in office/RepositoryDialect (SQLite file by default, a server through another dialect).

#include "format/FormatRegistry.h"
#include "model/Report.h"
#include "office/Consolidation.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

namespace nb {

class RepositoryDialect;

/// Where a unit stands for one year (docs/office.md, "Statuses"; the ids are stable: JSON and CSV).
enum class UnitStatus : quint8 {
    Missing, ///< on the roster, nothing received
    Draft,   ///< received, not a final copy
    Final,   ///< a final copy whose content matches its fingerprint
    Altered, ///< a final copy whose content no longer matches its fingerprint
};
/// "missing", "draft", "final", "altered".
QString unitStatusId(UnitStatus status);
bool unitStatusFromId(const QString& id, UnitStatus* status);

/// One key figure of a received report (years/KeyIndicators), kept for the export.
struct UnitKeyFigure {
    QString id;
    QString label;
    bool known = false;
    qint64 scaled = 0; ///< value × 10^6
    bool operator==(const UnitKeyFigure& o) const {
        return id == o.id && label == o.label && known == o.known && scaled == o.scaled;
    }
};

/// One received document and what was computed from it on receipt.
struct ReceivedUnit {
    qint64 id = 0;
    QString agency; ///< the unit (the report's agency, trimmed): a unit is known by its name
    AgencyKind agencyKind = AgencyKind::Department;
    int year = 0;
    QString formatId;
    QDateTime received;  ///< UTC
    QString fileName;    ///< file name as received (no folder)
    QString contentHash; ///< SHA-256 (hex) of the document bytes: the same bytes twice are a duplicate
    qint64 size = 0;     ///< bytes
    UnitStatus status = UnitStatus::Draft; ///< Draft, Final or Altered (never Missing)
    QString fingerprint; ///< SHA-256 (hex) of the document's canonical content (storage/FinalCopy)
    int errors = 0;
    int warnings = 0;
    int unexplained = 0; ///< warnings without an explanation
    QVector<UnitKeyFigure> keyFigures;
    bool current = true; ///< false: superseded by a later copy of the same unit and year (history)
};

/// What happened to one file given to add().
struct AddResult {
    enum class Outcome : quint8 {
        Added,      ///< a unit's first copy for its year
        Superseded, ///< added; the unit's earlier copy for the year went to the history
        Duplicate,  ///< the same bytes were received before: nothing added
        Failed,     ///< not added (foreign, damaged, newer version, unreadable, repository error)
    };
    Outcome outcome = Outcome::Failed;
    QString file;   ///< the path as given
    QString agency; ///< when the document could be read
    int year = 0;
    qint64 unitId = 0; ///< the new (Added/Superseded) or existing (Duplicate) unit row
    QString message;   ///< translated: the error (Failed) or what happened
    bool ok() const { return outcome != Outcome::Failed; }
};

/// One line of the status board: a unit on the roster or in the repository for the year.
struct UnitStatusRow {
    QString agency;
    UnitStatus status = UnitStatus::Missing;
    bool onRoster = false;
    bool received = false; ///< unit is valid
    ReceivedUnit unit;
    /// The fingerprint to show (status board, office status, CSV): only a copy received as a final copy
    /// (final, or altered after finalizing) has one that means anything; empty for a draft or a missing unit.
    QString finalCopyFingerprint() const {
        return status == UnitStatus::Final || status == UnitStatus::Altered ? unit.fingerprint : QString();
    }
};

/// How the repository was opened.
struct RepositoryOpenInfo {
    bool created = false;  ///< the schema was created by this open
    bool migrated = false; ///< an older schema was upgraded (in one transaction)
    int schemaVersion = 0; ///< the repository's
    bool readOnly = false;
    QString readOnlyReason; ///< translated
};

/// The office repository. location is a file path (one SQLite file, created on first use) or, when a
/// dialect for it is available, a server address (postgresql://USER@HOST[:PORT]/DATABASE).
/// Not thread-safe: one object per thread (each has its own connection).
class OfficeRepository {
    Q_DECLARE_TR_FUNCTIONS(OfficeRepository)
public:
    static constexpr int kSchemaVersion = 1;

    ~OfficeRepository();
    OfficeRepository(const OfficeRepository&) = delete;
    OfficeRepository& operator=(const OfficeRepository&) = delete;

    /// Opens (creating when needed) the repository. A repository of a newer schema opens read-only with
    /// the reason in info; readOnlyRequested never creates or writes. Null with *error when impossible.
    static std::unique_ptr<OfficeRepository> open(const QString& location, RepositoryOpenInfo* info,
                                                  QString* error, bool readOnlyRequested = false);

    QString location() const { return m_location; }
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    int schemaVersion() const { return m_schemaVersion; }
    const RepositoryDialect& dialect() const { return *m_dialect; }
    /// False once the connection to a server was lost (the driver closed it): nothing more can be read or
    /// stored through this object; open the repository again.
    bool isConnected() const;

    /// Receives one .nianbao document. Never throws away anything already received.
    AddResult addFile(const QString& path);
    /// Receives every file (a folder: every *.nianbao in it, sorted by name); one result per file, in
    /// order. Written in batches (one transaction per up to 100 files, a savepoint each).
    QVector<AddResult> addPaths(const QStringList& paths);
    /// The files addPaths() would receive: folders expanded to their *.nianbao files, sorted.
    static QStringList expandPaths(const QStringList& paths);

    /// The years that have received units, ascending.
    QVector<int> years(QString* error) const;
    /// The current copy of every unit of the year, by agency name.
    QVector<ReceivedUnit> units(int year, QString* error) const;
    /// Every copy ever received of one unit and year, oldest first (the current one last).
    QVector<ReceivedUnit> history(const QString& agency, int year, QString* error) const;
    /// The status board: every unit on the roster (Missing when nothing was received) then every other
    /// received unit of the year, each once, in roster order then by name. An empty roster lists the
    /// received units only.
    QVector<UnitStatusRow> status(int year, const QStringList& roster, QString* error) const;

    /// The bytes of a received document exactly as they arrived.
    QByteArray documentBytes(qint64 unitId, QString* error) const;
    /// The report of a received document (read from its bytes through a private temporary copy).
    bool loadReport(qint64 unitId, const FormatRegistry& registry, Report* out, QString* error) const;
    /// The table cells of a received unit, as stored on receipt (indexes of its format's cells); fast:
    /// used by the consolidation without re-opening documents.
    bool loadCells(qint64 unitId, const FormatRegistry& registry, Report* out, QString* error) const;
    /// The current copy of every unit of the year as units of a total (Consolidation), by agency name:
    /// cells as stored on receipt (FormatRegistry::instance()), name, source ("agency (file name)"),
    /// fingerprint and errors. Empty when no unit of the year was received; empty with *error when a
    /// unit cannot be read.
    QVector<ConsolidationUnit> consolidationUnits(int year, QString* error) const;

    /// A unit name as compared with the roster: trimmed, inner white space collapsed.
    static QString normalizedName(const QString& name);

private:
    OfficeRepository() = default;
    struct PendingUnit;
    enum class WriteStatus : quint8 { Done, Retry, Failed };
    bool prepareSchema(RepositoryOpenInfo* info, bool readOnlyRequested, QString* error);
    /// Reads and checks a file: true when it is to be written, else *result says why not.
    bool prepareFile(const QString& path, PendingUnit* pending, AddResult* result);
    /// The rows of one copy, inside a transaction the caller opened.
    WriteStatus writeUnitRows(const PendingUnit& pending, AddResult* result, QString* error);
    /// One copy in its own transaction, retried when busy.
    bool insertUnit(const PendingUnit& pending, AddResult* result);
    /// Several copies in one transaction, a savepoint each; false when the batch must be redone file by file.
    bool writeBatch(const QVector<PendingUnit>& batch, QVector<AddResult>* results);
    QSqlDatabase db() const;

    QString m_location;
    QString m_connection;
    std::unique_ptr<RepositoryDialect> m_dialect;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    int m_schemaVersion = 0;
};

} // namespace nb
