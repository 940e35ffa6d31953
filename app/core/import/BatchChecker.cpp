#include "import/BatchChecker.h"

#include "format/FormatRegistry.h"
#include "import/ReportImporter.h"
#include "io/Csv.h"
#include "io/JsonExchange.h"
#include "rules/Explanations.h"
#include "rules/RuleEngine.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace nb {

namespace {
bool isOurJson(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && JsonExchange::looksLikeOurs(f.read(4096));
}

} // namespace

int BatchFileResult::errors() const {
    return RuleEngine::errorCount(findings);
}

int BatchFileResult::warnings() const {
    return RuleEngine::warningCount(findings);
}

int BatchFileResult::unchecked() const {
    return RuleEngine::uncheckedCount(findings);
}

bool BatchChecker::isReportFileName(const QString& name) {
    static const QStringList suffixes{
        QStringLiteral(".pdf"), QStringLiteral(".docx"), QStringLiteral(".odt"),  QStringLiteral(".txt"),
        QStringLiteral(".htm"), QStringLiteral(".html"), QStringLiteral(".json"), QStringLiteral(".nianbao")};
    return std::any_of(suffixes.begin(), suffixes.end(),
                       [&name](const QString& s) { return name.endsWith(s, Qt::CaseInsensitive); });
}

QStringList BatchChecker::expand(const QStringList& paths, QStringList* missing,
                                 QVector<QPair<QString, QString>>* skipped) {
    QStringList files;
    for (const QString& arg : paths) {
        const QFileInfo info(arg);
        if (!info.exists()) {
            if (missing)
                *missing << arg;
            continue;
        }
        if (!info.isDir()) {
            files << arg;
            continue;
        }
        QStringList found;
        QVector<QPair<QString, QString>> notReports;
        QDirIterator it(arg, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!isReportFileName(path))
                notReports.append({path, tr("not a report file")});
            else if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) && !isOurJson(path))
                notReports.append({path, tr("JSON that is not a Nianbao report")});
            else
                found << path;
        }
        std::sort(found.begin(), found.end());
        std::sort(notReports.begin(), notReports.end());
        files << found;
        if (skipped)
            *skipped << notReports;
    }
    return files;
}

BatchFileResult BatchChecker::fromReport(const QString& path, const Report& report) {
    BatchFileResult r;
    r.path = path;
    r.ok = true;
    r.report = report;
    r.format = report.format ? report.format->id : QString();
    r.agency = report.agency;
    r.year = report.year;
    r.findings = RuleEngine::validate(report); // the narrative figures included (narrative_table_mismatch)
    return r;
}

BatchFileResult BatchChecker::checkFile(const QString& path) {
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) && !isOurJson(path)) {
        BatchFileResult r;
        r.path = path;
        r.skipped = true;
        r.skipReason = tr("JSON that is not a Nianbao report");
        return r;
    }
    const ImportResult imported = ReportImporter::importFile(path, FormatRegistry::instance());
    if (!imported.ok && imported.notAReport) {
        BatchFileResult r;
        r.path = path;
        r.kind = imported.kind;
        r.skipped = true;
        r.skipReason = imported.error;
        return r;
    }
    BatchFileResult r;
    if (imported.ok) {
        r = fromReport(path, imported.report);
        r.formatAssumed = !imported.formatDetected;
    } else {
        r.path = path;
        r.error = imported.error;
    }
    r.kind = imported.kind;
    r.problems = imported.problems;
    return r;
}

BatchChecker::Counts BatchChecker::count(const QVector<BatchFileResult>& results) {
    Counts c;
    for (const BatchFileResult& r : results) {
        if (r.skipped) {
            ++c.skipped;
            continue;
        }
        ++c.checked;
        c.failed += r.failed() ? 1 : 0;
    }
    return c;
}

QString BatchChecker::summaryCsv(const QVector<BatchFileResult>& results) {
    QString out =
        csv::line({QStringLiteral("file"), QStringLiteral("agency"), QStringLiteral("year"),
                   QStringLiteral("format"), QStringLiteral("errors"), QStringLiteral("warnings"),
                   QStringLiteral("unchecked"), QStringLiteral("import_problems"), QStringLiteral("path"),
                   QStringLiteral("status"), QStringLiteral("unexplained_warnings")});
    for (const BatchFileResult& r : results) {
        const QString status = r.skipped ? QStringLiteral("skipped: ") + r.skipReason
                               : !r.ok   ? QStringLiteral("cannot read: ") + r.error
                                         : QString();
        out +=
            csv::line({QFileInfo(r.path).fileName(), r.agency, r.year ? QString::number(r.year) : QString(),
                       r.format, QString::number(r.skipped ? 0 : (r.ok ? r.errors() : 1)),
                       QString::number(r.warnings()), QString::number(r.unchecked()),
                       QString::number(r.problems.size()), QDir::toNativeSeparators(r.path), status,
                       QString::number(r.ok ? countUnexplainedWarnings(r.findings, r.report) : 0)});
    }
    return out;
}

QString BatchChecker::findingsCsv(const QVector<BatchFileResult>& results) {
    QString out = csv::line({QStringLiteral("file"), QStringLiteral("agency"), QStringLiteral("year"),
                             QStringLiteral("format"), QStringLiteral("severity"), QStringLiteral("rule"),
                             QStringLiteral("section"), QStringLiteral("row"), QStringLiteral("column"),
                             QStringLiteral("message"), QStringLiteral("line"), QStringLiteral("path"),
                             QStringLiteral("key"), QStringLiteral("explanation")});
    for (const BatchFileResult& r : results) {
        if (r.skipped)
            continue;
        const QStringList head{QFileInfo(r.path).fileName(), r.agency,
                               r.year ? QString::number(r.year) : QString(), r.format};
        const QString path = QDir::toNativeSeparators(r.path);
        if (!r.ok)
            out += csv::line(head + QStringList{QStringLiteral("error"), QStringLiteral("unreadable"),
                                                QString(), QString(), QString(), r.error, QString(), path,
                                                QString(), QString()});
        for (const ImportProblem& p : r.problems)
            out += csv::line(head + QStringList{QStringLiteral("import_problem"), QStringLiteral("import"),
                                                QString(), QString(), QString(), p.message,
                                                p.line > 0 ? QString::number(p.line) : QString(), path,
                                                QString(), QString()});
        for (const Finding& f : r.findings)
            out += csv::line(head + QStringList{severityId(f.severity), f.rule, f.section, f.row, f.column,
                                                f.message, QString(), path, findingKey(f),
                                                Explanations::of(f, r.report)});
    }
    return out;
}

bool BatchChecker::writeCsv(const QString& path, const QString& text, QString* error) {
    return csv::writeFile(path, text, error);
}

QString BatchChecker::findingsCsvPath(const QString& summaryPath) {
    const QFileInfo info(summaryPath);
    const QString base = info.suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0
                             ? info.completeBaseName()
                             : info.fileName();
    return info.dir().filePath(base + QStringLiteral("-findings.csv"));
}

} // namespace nb
