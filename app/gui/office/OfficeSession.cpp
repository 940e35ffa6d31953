#include "office/OfficeSession.h"

#include "office/Consolidation.h"
#include "office/OfficeExport.h"
#include "office/RepositoryDialect.h"
#include "office/ServerLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace nb::gui {

OfficeSession::OfficeSession(QObject* parent)
    : QObject(parent) {}

OfficeSession::~OfficeSession() = default;

bool OfficeSession::open(const QString& address, QString* error) {
    // The same test as the CLI's: a malformed server address gets the address's own error, not "does not
    // exist".
    if (RepositoryDialect::isMissingFile(address)) {
        *error = tr("%1 does not exist.").arg(QDir::toNativeSeparators(address));
        return false;
    }
    RepositoryOpenInfo info;
    std::unique_ptr<OfficeRepository> repository = OfficeRepository::open(address, &info, error);
    if (!repository)
        return false;
    m_repository = std::move(repository);
    m_address = address;
    emit changed();
    return true;
}

bool OfficeSession::create(const QString& path, QString* error) {
    if (QFileInfo::exists(path)) {
        *error = tr("%1 already exists.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    RepositoryOpenInfo info;
    std::unique_ptr<OfficeRepository> repository = OfficeRepository::open(path, &info, error);
    if (!repository)
        return false;
    m_repository = std::move(repository);
    m_address = path;
    emit changed();
    return true;
}

void OfficeSession::close() {
    if (!m_repository)
        return;
    m_repository.reset();
    m_address.clear();
    emit changed();
}

QString OfficeSession::displayAddress() const {
    ServerLocation location;
    if (isServer())
        return ServerLocation::parse(m_address, &location, nullptr) ? location.display() : QString();
    return QDir::toNativeSeparators(m_address);
}

bool OfficeSession::isServer() const {
    return ServerLocation::looksLikeServer(m_address);
}

bool OfficeSession::recoverConnection(QString* error) {
    if (!m_repository || !isServer() || m_repository->isConnected())
        return false; // not a lost connection: the error stands
    RepositoryOpenInfo info;
    QString openError;
    std::unique_ptr<OfficeRepository> repository = OfficeRepository::open(m_address, &info, &openError);
    if (!repository) {
        if (error)
            *error = tr("The connection to the server %1 was lost and could not be made again: %2")
                         .arg(displayAddress(), openError);
        return false;
    }
    m_repository = std::move(repository);
    emit reconnected();
    return true;
}

template <typename Read> auto OfficeSession::readRetrying(QString* error, Read read) -> decltype(read()) {
    auto value = read();
    if (!error->isEmpty() && recoverConnection(error)) {
        error->clear();
        value = read(); // over the new connection (read() uses m_repository as it is now)
    }
    return value;
}

QList<int> OfficeSession::years() {
    QList<int> years;
    if (!m_repository)
        return years;
    QString error;
    const QVector<int> found = readRetrying(&error, [&] { return m_repository->years(&error); });
    for (int y : found)
        years.prepend(y); // ascending → newest first
    return years;
}

qint64 OfficeSession::unitId(const QString& agency, int year) {
    if (!m_repository)
        return 0;
    QString error;
    const QVector<ReceivedUnit> units =
        readRetrying(&error, [&] { return m_repository->units(year, &error); });
    const auto it = std::find_if(units.begin(), units.end(),
                                 [&agency](const ReceivedUnit& u) { return u.agency == agency; });
    return it == units.end() ? 0 : it->id;
}

QVector<UnitStatusRow> OfficeSession::status(int year, const QStringList& roster, QString* error) {
    if (!m_repository)
        return {};
    return readRetrying(error, [&] { return m_repository->status(year, roster, error); });
}

QVector<AddResult> OfficeSession::receive(const QStringList& paths) {
    if (!m_repository)
        return {};
    QVector<AddResult> results = m_repository->addPaths(paths);
    // A lost connection fails the files not yet stored: each is received again once over a new connection
    // (a file stored before the loss comes back as a duplicate, nothing twice).
    QVector<int> failed;
    for (int i = 0; i < results.size(); ++i)
        if (!results.at(i).ok())
            failed.append(i);
    QString error;
    if (!failed.isEmpty() && recoverConnection(&error)) {
        QStringList again;
        for (int i : failed)
            again.append(results.at(i).file);
        const QVector<AddResult> retried = m_repository->addPaths(again);
        for (int k = 0; k < failed.size() && k < retried.size(); ++k)
            results[failed.at(k)] = retried.at(k);
    } else if (!error.isEmpty() && !failed.isEmpty()) {
        results[failed.constFirst()].message += QLatin1Char(' ') + error; // each says the connection was lost
    }
    emit changed();
    return results;
}

OfficeSession::Consolidated OfficeSession::consolidate(int year, const QString& output, bool force) {
    Consolidated result;
    if (!m_repository)
        return result;
    const QVector<ConsolidationUnit> units =
        readRetrying(&result.error, [&] { return m_repository->consolidationUnits(year, &result.error); });
    if (!result.error.isEmpty())
        return result;
    if (units.isEmpty()) {
        result.error = tr("No unit of %1 has been received.").arg(year);
        return result;
    }
    for (const ConsolidationUnit& unit : units) {
        if (unit.errors > 0)
            result.withErrors.append(tr("%1 (%n error(s))", nullptr, unit.errors).arg(unit.name));
    }
    const ConsolidationResult made = Consolidation::consolidate(units, QString(), force);
    if (!made.ok()) {
        result.error = made.message;
        result.refusedErrors = made.outcome == ConsolidationResult::Outcome::RefusedErrors;
        return result;
    }
    if (!Consolidation::writeTotal(made.total, output, &result.error))
        return result;
    result.ok = true;
    result.units = int(units.size());
    return result;
}

bool OfficeSession::exportCsv(int year, const QStringList& roster, const QString& output, QString* error) {
    if (!m_repository)
        return false;
    QString statusError;
    const QVector<UnitStatusRow> rows = status(year, roster, &statusError);
    if (!statusError.isEmpty()) {
        *error = statusError;
        return false;
    }
    return OfficeExport::writeCsv(rows, output, error);
}

std::optional<Report> OfficeSession::unitReport(const QString& agency, int year, QString* error) {
    const qint64 id = unitId(agency, year);
    if (id == 0) {
        *error = tr("Nothing was received from %1.").arg(agency);
        return std::nullopt;
    }
    Report report;
    if (!m_repository->loadReport(id, FormatRegistry::instance(), &report, error))
        return std::nullopt;
    return report;
}

QString OfficeSession::writeUnitDocument(const QString& agency, int year, const QString& folder,
                                         QString* error) {
    const qint64 id = unitId(agency, year);
    if (id == 0) {
        *error = tr("Nothing was received from %1.").arg(agency);
        return {};
    }
    const QByteArray bytes = m_repository->documentBytes(id, error);
    if (bytes.isEmpty())
        return {};
    // The unit's name may hold characters a file name cannot: the copy is named by its row.
    QString path = QDir(folder).filePath(QStringLiteral("unit-%1.nianbao").arg(id));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    return path;
}

} // namespace nb::gui
