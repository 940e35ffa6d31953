#include "CliSupport.h"

#include "import/ReportFileReader.h"
#include "rules/Explanations.h"
#include "rules/RuleEngine.h"

#include <QFile>
#include <QSaveFile>

#include <algorithm>

namespace nb::cli {

bool loadReport(Context& ctx, const QString& path, Report* report, Accept accept) {
    ReportFileReader::Result r = ReportFileReader::read(path, accept == Accept::AnyOriginal);
    if (r.ok() && r.kind == ReportFileReader::Kind::Published && r.report.year <= 0 &&
        std::all_of(r.report.cells.cbegin(), r.report.cells.cend(),
                    [](const CellValue& v) { return v.isBlank(); })) {
        // Any text "imports"; one without a year and without a single figure is no report at all.
        printError(
            ctx,
            CommandRegistry::tr("%1: no annual report found in it (neither a year nor a table)").arg(path));
        return false;
    }
    if (r.ok()) {
        if (r.importProblems > 0)
            printError(ctx, CommandRegistry::tr("%1: read with %n import problem(s); check the values read "
                                                "(nianbao-cli import shows them)",
                                                nullptr, r.importProblems)
                                .arg(path));
        *report = std::move(r.report);
        return true;
    }
    switch (r.failure) {
    case ReportFileReader::Failure::Missing:
        printError(ctx, CommandRegistry::tr("%1: no such file").arg(path));
        break;
    case ReportFileReader::Failure::Foreign:
        printError(ctx, CommandRegistry::tr("%1: not a Nianbao document or Nianbao JSON file").arg(path));
        break;
    default:
        printError(ctx, CommandRegistry::tr("%1: %2").arg(path, r.error));
        break;
    }
    return false;
}

std::unique_ptr<ReportDocument> openForEditing(Context& ctx, const QString& path, bool finalCopyExpected) {
    if (!QFile::exists(path)) {
        printError(ctx, CommandRegistry::tr("%1: no such file").arg(path));
        return nullptr;
    }
    OpenInfo info;
    QString error;
    auto doc = ReportDocument::open(path, &info, &error);
    if (!doc) {
        printError(ctx, CommandRegistry::tr("%1: %2").arg(path, error));
        return nullptr;
    }
    const bool refused = finalCopyExpected ? doc->store()->isReadOnly() : doc->isReadOnly();
    if (refused) {
        const bool final = !finalCopyExpected && doc->isFinal();
        printError(ctx, CommandRegistry::tr("%1 cannot be changed: %2")
                            .arg(path, final ? doc->store()->finalRefusal() : info.readOnlyReason));
        return nullptr;
    }
    return doc;
}

QString severityLabel(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return CommandRegistry::tr("error");
    case Severity::Warning:
        break;
    case Severity::Unchecked:
        return CommandRegistry::tr("cannot be checked");
    }
    return CommandRegistry::tr("warning");
}

void printFindingKey(QTextStream& out, const Finding& finding, const Report& report, const QString& indent) {
    if (!Explanations::isExplainable(finding))
        return;
    out << indent << "  " << CommandRegistry::tr("key: %1").arg(findingKey(finding)) << "\n";
    const QString explanation = Explanations::of(finding, report);
    if (!explanation.isEmpty())
        out << indent << "  " << CommandRegistry::tr("explanation: %1").arg(explanation) << "\n";
}

QString unexplainedSuffix(const Findings& findings, const Report& report) {
    if (RuleEngine::warningCount(findings) == 0)
        return QString();
    return CommandRegistry::tr(" (%n unexplained)", nullptr, countUnexplainedWarnings(findings, report));
}

void printFindings(QTextStream& out, const Findings& findings, const Report& report) {
    for (const Finding& f : findings) {
        QString where;
        if (!f.section.isEmpty()) {
            QStringList parts{f.section};
            if (!f.row.isEmpty())
                parts << f.row;
            if (!f.column.isEmpty())
                parts << f.column;
            where = parts.join(QStringLiteral(" | "));
        } else {
            where = f.field;
        }
        out << severityLabel(f.severity) << " [" << f.rule << "] " << where << ": " << f.message << "\n";
        printFindingKey(out, f, report, QString());
    }
    out << CommandRegistry::tr("%1, %2").arg(
        CommandRegistry::tr("%n error(s)", nullptr, RuleEngine::errorCount(findings)),
        CommandRegistry::tr("%n warning(s)", nullptr, RuleEngine::warningCount(findings)) +
            unexplainedSuffix(findings, report));
    if (const int unchecked = RuleEngine::uncheckedCount(findings))
        out << CommandRegistry::tr(", %n rule(s) cannot be checked (import problems)", nullptr, unchecked);
    out << Qt::endl;
}

bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace nb::cli
