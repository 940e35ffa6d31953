#pragma once

#include "format/FormatDefinition.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>
#include <QVector>

namespace nb {

/// A format file that could not be loaded, with every problem the loader found ("location: problem").
struct FormatFileProblem {
    QString path;
    QStringList errors;
    bool operator==(const FormatFileProblem& o) const { return path == o.path && errors == o.errors; }
};

/// All formats known to the program: the built-in ones (:/formats/*.json) plus any *.json in the
/// extra folders (e.g. a provincial variant dropped into the user's data folder). Thread-safe after load.
class FormatRegistry {
    Q_DECLARE_TR_FUNCTIONS(FormatRegistry)
public:
    /// The process-wide registry with the built-in formats and the user format folder.
    static const FormatRegistry& instance();

    FormatRegistry() = default;
    /// Loads every *.json in dir; returns messages of files that failed (they are skipped, and listed in
    /// problems()). Each message names the file and every loader error with its JSON location.
    QStringList loadDirectory(const QString& dir);
    bool add(const FormatPtr& format, QString* error);

    FormatPtr format(const QString& id) const;
    QStringList ids() const;
    /// Format files that could not be loaded: "path: error" (one entry per file, errors on separate lines).
    QStringList problems() const { return m_problems; }
    /// The same files with their errors, for a list in the GUI.
    QVector<FormatFileProblem> brokenFiles() const { return m_brokenFiles; }
    /// Formats that claim the same years (the same firstYear): one message per clash, naming every format
    /// and the file it came from. Empty when the choice by year is never ambiguous.
    QStringList conflicts() const;
    /// The file a format was loaded from (":/formats/…" for a built-in one); empty when added directly.
    QString sourceFile(const QString& id) const { return m_sources.value(id); }
    /// "id (file)" for messages; the file part is left out when unknown.
    QString describe(const QString& id) const;

    /// The format for a report year: the newest whose first year is not after year (the oldest when none
    /// fits, the default for year <= 0). Two formats with the same first year are a conflict: returns
    /// nullptr and says which formats clash in *conflict (never a silent choice by id).
    FormatPtr formatForYear(int year, QString* conflict = nullptr) const;
    /// The built-in format newest first; the default for new reports.
    static QString defaultFormatId() { return QStringLiteral("gov-2021"); }
    /// Where users may drop extra format files.
    static QString userFormatDirectory();

private:
    QMap<QString, FormatPtr> m_formats;
    QMap<QString, QString> m_sources; ///< id → file
    QStringList m_problems;
    QVector<FormatFileProblem> m_brokenFiles;
};

} // namespace nb
