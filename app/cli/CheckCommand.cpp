// nianbao-cli check: import published reports in memory and check each with every rule (issue 5).
#include "CliSupport.h"

#include "format/FormatRegistry.h"
#include "io/JsonExchange.h"
#include "rules/Explanations.h"
#include "rules/RuleEngine.h"

#include "import/BatchChecker.h"
#include "import/ReportImporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace nb::cli {
namespace {

using FileCheck = BatchFileResult;

/// Imports and checks one file (no output; safe on a worker thread).
FileCheck checkImported(const QString& path) {
    return BatchChecker::checkFile(path);
}

QJsonObject toJson(const FileCheck& c) {
    QJsonObject o;
    o.insert(QStringLiteral("path"), c.path);
    o.insert(QStringLiteral("format"), c.format);
    o.insert(QStringLiteral("agency"), c.agency);
    o.insert(QStringLiteral("year"), c.year);
    o.insert(QStringLiteral("kind"), c.kind);
    if (!c.ok)
        o.insert(QStringLiteral("error"), c.error);
    QJsonArray problems;
    for (const ImportProblem& p : c.problems) {
        QJsonObject po;
        po.insert(QStringLiteral("line"), p.line);
        po.insert(QStringLiteral("text"), p.text);
        po.insert(QStringLiteral("message"), p.message);
        problems.append(po);
    }
    o.insert(QStringLiteral("import_problems"), problems);
    o.insert(QStringLiteral("findings"), JsonExchange::findingsToJson(c.findings, c.report));
    if (c.ok) {
        o.insert(QStringLiteral("errors"), c.errors());
        o.insert(QStringLiteral("warnings"), c.warnings());
        o.insert(QStringLiteral("unexplained_warnings"), countUnexplainedWarnings(c.findings, c.report));
    }
    return o;
}

void printText(QTextStream& out, const FileCheck& c) {
    out << c.path << "\n";
    if (!c.ok) {
        out << "  " << CommandRegistry::tr("cannot read: %1").arg(c.error) << "\n";
    } else {
        out << "  "
            << CommandRegistry::tr("format %1, agency %2, year %3")
                   .arg(c.formatAssumed ? CommandRegistry::tr("%1 (assumed from the year)").arg(c.format)
                                        : c.format,
                        c.agency.isEmpty() ? QStringLiteral("?") : c.agency)
                   .arg(c.year);
        if (!c.kind.isEmpty())
            out << ", " << CommandRegistry::tr("input %1").arg(c.kind);
        out << "\n";
    }
    for (const ImportProblem& p : c.problems) {
        out << "  "
            << (p.line > 0 ? CommandRegistry::tr("import problem, line %1: %2").arg(p.line).arg(p.message)
                           : CommandRegistry::tr("import problem: %1").arg(p.message));
        if (!p.text.isEmpty())
            out << " [" << p.text << "]";
        out << "\n";
    }
    for (const Finding& f : c.findings) {
        QStringList where;
        if (!f.section.isEmpty())
            where << f.section;
        if (!f.row.isEmpty())
            where << f.row;
        if (!f.column.isEmpty())
            where << f.column;
        out << "  " << severityLabel(f.severity) << " " << f.rule;
        if (!where.isEmpty())
            out << " (" << where.join(QStringLiteral(" | ")) << ")";
        out << ": " << f.message << "\n";
        printFindingKey(out, f, c.report, QStringLiteral("  "));
    }
    if (c.ok)
        out << "  "
            << CommandRegistry::tr("%1, %2").arg(CommandRegistry::tr("%n error(s)", nullptr, c.errors()),
                                                 CommandRegistry::tr("%n warning(s)", nullptr, c.warnings()) +
                                                     unexplainedSuffix(c.findings, c.report))
            << "\n";
}

int runCheck(Context& ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandRegistry::tr("Import published reports in memory and check each with every rule of its "
                            "format. Folders are searched "
                            "for report files. Exit 1 when any file has an error or an import problem."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 CommandRegistry::tr("Reports or folders of reports."),
                                 QStringLiteral("FILE..."));
    const QCommandLineOption json(QStringLiteral("json"), CommandRegistry::tr("Print the results as JSON."));
    const QCommandLineOption jobs(
        QStringLiteral("jobs"),
        CommandRegistry::tr("Files checked at the same time (default: one per core)."), QStringLiteral("N"));
    const QCommandLineOption csv(
        QStringLiteral("csv"),
        CommandRegistry::tr(
            "Also write the results as CSV: one row per file in FILE, one row per finding and "
            "import problem in FILE-findings.csv."),
        QStringLiteral("FILE"));
    parser.addOptions({json, jobs, csv});
    if (!parseOrExplain(parser, ctx, 1, -1))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitFailure;

    QStringList missing;
    QVector<QPair<QString, QString>> skippedInFolders;
    const QStringList files = BatchChecker::expand(parser.positionalArguments(), &missing, &skippedInFolders);
    for (const QString& m : missing)
        printError(ctx, CommandRegistry::tr("%1: no such file or folder").arg(m));
    if (!missing.isEmpty())
        return ExitFailure;

    (void)FormatRegistry::instance(); // loaded once, before the workers share it
    std::vector<FileCheck> results(size_t(files.size()));
    std::vector<int> imported;
    for (int i = 0; i < files.size(); ++i) {
        const QString& path = files.at(i);
        if (path.endsWith(QLatin1String(".nianbao"), Qt::CaseInsensitive)) {
            FileCheck& c = results[size_t(i)];
            Report report;
            if (loadReport(ctx, path, &report)) {
                c = BatchChecker::fromReport(path, report);
            } else {
                c.error = CommandRegistry::tr("not a readable Nianbao document");
            }
            c.path = path;
            c.kind = QStringLiteral("nianbao");
        } else {
            imported.push_back(i);
        }
    }
    int workers = parser.isSet(jobs) ? parser.value(jobs).toInt() : QThread::idealThreadCount();
    workers = std::clamp(workers, 1, 64);
    workers = std::min(workers, int(imported.size()));
    std::atomic<size_t> next{0};
    auto work = [&] {
        for (size_t k = next++; k < imported.size(); k = next++)
            results[size_t(imported[k])] = checkImported(files.at(imported[k]));
    };
    if (workers <= 1) {
        work();
    } else {
        std::vector<std::thread> threads;
        threads.reserve(size_t(workers));
        for (int w = 0; w < workers; ++w)
            threads.emplace_back(work);
        for (std::thread& t : threads)
            t.join();
    }

    // Files that turned out not to be reports, and those a folder search passed over, are skipped.
    QVector<QPair<QString, QString>> skipped = skippedInFolders;
    std::vector<FileCheck> reports;
    for (FileCheck& c : results) {
        if (c.skipped)
            skipped.append({c.path, c.skipReason});
        else
            reports.push_back(std::move(c));
    }
    int failed = 0;
    for (const FileCheck& c : reports)
        failed += c.failed() ? 1 : 0;
    if (parser.isSet(csv)) {
        QVector<BatchFileResult> all(reports.begin(), reports.end());
        for (const auto& [path, reason] : std::as_const(skipped)) {
            BatchFileResult s;
            s.path = path;
            s.skipped = true;
            s.skipReason = reason;
            all << s;
        }
        QString error;
        const QString summaryPath = parser.value(csv);
        if (!BatchChecker::writeCsv(summaryPath, BatchChecker::summaryCsv(all), &error) ||
            !BatchChecker::writeCsv(BatchChecker::findingsCsvPath(summaryPath),
                                    BatchChecker::findingsCsv(all), &error)) {
            printError(ctx, CommandRegistry::tr("%1: %2").arg(summaryPath, error));
            return ExitFailure;
        }
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const FileCheck& c : reports)
            array.append(toJson(c));
        QJsonObject root;
        root.insert(QStringLiteral("files"), array);
        QJsonArray skippedArray;
        for (const auto& [path, reason] : std::as_const(skipped))
            skippedArray.append(
                QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("reason"), reason}});
        root.insert(QStringLiteral("skipped"), skippedArray);
        ctx.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        for (const FileCheck& c : reports)
            printText(ctx.out, c);
        for (const auto& [path, reason] : std::as_const(skipped))
            ctx.out << CommandRegistry::tr("%1: skipped, not a report (%2)").arg(path, reason) << "\n";
        ctx.out << CommandRegistry::tr("Files: %1, with errors or import problems: %2")
                       .arg(reports.size())
                       .arg(failed);
        if (!skipped.isEmpty())
            ctx.out << CommandRegistry::tr("; skipped (not reports): %1").arg(skipped.size());
        ctx.out << "\n";
    }
    ctx.out.flush();
    return failed > 0 ? ExitFindings : ExitOk;
}

} // namespace

NIANBAO_CLI_COMMAND("check",
                    QT_TRANSLATE_NOOP("nb::cli::Commands",
                                      "Import published reports and check them in batch (files or folders)"),
                    runCheck);

} // namespace nb::cli
