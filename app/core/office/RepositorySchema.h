#pragma once
// The tables of the office repository (docs/office.md, "Repository"), their version row, and the
// migrations from one version to the next, each run in one transaction. Portable SQL; the column types
// that differ come from the dialect.

#include "office/RepositoryDialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace nb {

class RepositorySchema {
    Q_DECLARE_TR_FUNCTIONS(RepositorySchema)
public:
    RepositorySchema(QSqlDatabase db, const RepositoryDialect& dialect);

    /// The repository's schema version: 0 when it has no tables yet. False (with *error) when the
    /// database has tables but is not an office repository, or cannot be read.
    bool readVersion(int* version, QString* error) const;
    /// Creates every table and the version row in one transaction (harmless when another process
    /// created them meanwhile).
    bool create(QString* error);
    /// Upgrades from version `from` to `to` in one transaction: all steps or none.
    bool migrate(int from, int to, QString* error);

    /// The statements that create version 1.
    QStringList createStatements() const;

private:
    bool runInTransaction(const QStringList& statements, const QString& versionValue, bool keepExisting,
                          QString* error);

    QSqlDatabase m_db;
    const RepositoryDialect& m_dialect;
};

} // namespace nb
