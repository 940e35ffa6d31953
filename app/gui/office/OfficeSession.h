#pragma once

#include "office/OfficeRepository.h"

#include "model/Report.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace nb::gui {

/// The office window's handle on one repository of units' reports (app/core/office): open or create it by
/// address (a file path, or a server address postgresql://USER@HOST[:PORT]/DATABASE from the connection
/// dialog), and the operations of the window in the window's terms. When the connection to a server was
/// lost (server restarted, connection terminated), the next read or receive opens the repository again
/// once and retries (receiving a file twice is safe: the second copy is a duplicate); when that fails too,
/// the error says so.
class OfficeSession : public QObject {
    Q_OBJECT
public:
    /// The result of a consolidation.
    struct Consolidated {
        bool ok = false;
        int units = 0;          ///< units added up
        QStringList withErrors; ///< "unit (N errors)" of the units that have errors
        QString error;          ///< why nothing was written (mixed formats or years, errors, write failed)
        bool refusedErrors = false; ///< refused only because of units with errors: force would go on
    };

    explicit OfficeSession(QObject* parent = nullptr);
    ~OfficeSession() override;

    /// Opens an existing repository; the open one stays open on failure.
    bool open(const QString& address, QString* error);
    /// Creates a new repository file at path (which must not exist) and opens it.
    bool create(const QString& path, QString* error);
    void close();
    bool isOpen() const { return m_repository != nullptr; }
    QString address() const { return m_address; }
    /// The address as shown to the user: the native path of a file, the server address without a
    /// password (ServerLocation::display()) of a server.
    QString displayAddress() const;
    bool isServer() const;
    OfficeRepository* repository() const { return m_repository.get(); }

    /// The report years received, newest first.
    QList<int> years();
    /// The repository's row of the unit's current copy for the year (0 = none).
    qint64 unitId(const QString& agency, int year);
    /// One row per unit of the roster (missing when nothing was received) and per other received unit.
    QVector<UnitStatusRow> status(int year, const QStringList& roster, QString* error);
    /// Receives files and folders (every document in a folder); one result per file.
    QVector<AddResult> receive(const QStringList& paths);
    /// Adds up the current copies of every unit of the year into a new document at output (replaced when
    /// it exists), as `nianbao-cli office consolidate`; units with errors only with force.
    Consolidated consolidate(int year, const QString& output, bool force);
    /// The status board of the year against the roster as CSV, as `nianbao-cli office export --csv`.
    bool exportCsv(int year, const QStringList& roster, const QString& output, QString* error);
    /// The report last received from a unit for a year.
    std::optional<Report> unitReport(const QString& agency, int year, QString* error);
    /// Writes the document last received from a unit (its stored bytes) to a new file in folder; the path.
    QString writeUnitDocument(const QString& agency, int year, const QString& folder, QString* error);

signals:
    /// A repository was opened, created or closed, or its content changed (files received).
    void changed();
    /// The connection to the server had been lost and was made again (the operation was retried).
    void reconnected();

private:
    /// After a failed operation: when the server connection is gone, opens the repository again; true when
    /// the operation is to be retried, else false (with *error saying why when the reconnection failed).
    bool recoverConnection(QString* error);
    /// Runs read (which reports into *error); when it failed because the server connection was lost,
    /// reconnects and runs it once more (reads are safe to repeat).
    template <typename Read> auto readRetrying(QString* error, Read read) -> decltype(read());

    std::unique_ptr<OfficeRepository> m_repository;
    QString m_address;
};

} // namespace nb::gui
