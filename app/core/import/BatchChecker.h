#pragma once

#include "import/ImportResult.h"
#include "rules/Finding.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace nb {

/// One file of a batch check (`nianbao-cli check`, the 检查多份年报 window): imported in memory and checked
/// with every rule, or skipped because it is not a report (a folder's expected.json, a README).
struct BatchFileResult {
    QString path;
    bool skipped = false; ///< not a report: not counted as checked nor as failed
    QString skipReason;
    bool ok = false; ///< read (false: error says why; a failed report)
    QString error;
    QString kind;
    QString format;
    QString agency;
    int year = 0;
    bool formatAssumed = false;
    QVector<ImportProblem> problems;
    Findings findings; ///< every rule's findings (RuleEngine::validate), errors first
    Report report;     ///< what was read (to open the report at a finding)

    int errors() const;
    int warnings() const;
    int unchecked() const;
    /// A report with an error, an import problem or that could not be read.
    bool failed() const { return !skipped && (!ok || errors() > 0 || !problems.isEmpty()); }
};

/// The batch check shared by the CLI and the GUI, so that both find, skip and count the same files.
class BatchChecker {
    Q_DECLARE_TR_FUNCTIONS(BatchChecker)
public:
    /// Files and folders → the files to check, in a stable order. Folders are searched recursively; their
    /// files that are not reports (another suffix, JSON that is not Nianbao JSON) go to *skipped with the
    /// reason, one each. Paths that do not exist go to *missing.
    static QStringList expand(const QStringList& paths, QStringList* missing,
                              QVector<QPair<QString, QString>>* skipped);
    /// True for a name a folder search takes as a report (.txt .htm .html .json .nianbao).
    static bool isReportFileName(const QString& name);

    /// Imports and checks one published report (.nianbao files are the caller's: see fromReport).
    /// Safe on worker threads.
    static BatchFileResult checkFile(const QString& path);
    /// The result for a report read another way (a .nianbao document).
    static BatchFileResult fromReport(const QString& path, const Report& report);

    struct Counts {
        int checked = 0; ///< reports (read or not), skipped files excluded
        int failed = 0;
        int skipped = 0;
    };
    static Counts count(const QVector<BatchFileResult>& results);

    /// One row per file: file, agency, year, format, errors, warnings, unchecked, import problems, path.
    static QString summaryCsv(const QVector<BatchFileResult>& results);
    /// One row per finding and per import problem: file, agency, year, format, severity, rule, section,
    /// row, column, message (plus line and path).
    static QString findingsCsv(const QVector<BatchFileResult>& results);
    /// Writes text as UTF-8 with a BOM (for spreadsheet programs), atomically.
    static bool writeCsv(const QString& path, const QString& text, QString* error);
    /// "check.csv" → "check-findings.csv".
    static QString findingsCsvPath(const QString& summaryPath);
};

} // namespace nb
