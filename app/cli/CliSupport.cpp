#include "CliSupport.h"

#include "format/FormatRegistry.h"
#include "io/JsonExchange.h"

#include <QFile>
#include <QSaveFile>

namespace nb::cli {

namespace {
bool isSqliteFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(16) == QByteArray("SQLite format 3\0", 16);
}
} // namespace

bool loadReport(Context& ctx, const QString& path, Report* report) {
    if (!QFile::exists(path)) {
        printError(ctx, CommandRegistry::tr("%1: no such file").arg(path));
        return false;
    }
    QString error;
    if (isSqliteFile(path)) {
        OpenInfo info;
        auto doc = ReportDocument::open(path, &info, &error, /*readOnlyRequested=*/true);
        if (!doc) {
            printError(ctx, CommandRegistry::tr("%1: %2").arg(path, error));
            return false;
        }
        *report = doc->report();
        return true;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(ctx, CommandRegistry::tr("%1: %2").arg(path, file.errorString()));
        return false;
    }
    const QByteArray bytes = file.readAll();
    if (!JsonExchange::looksLikeOurs(bytes)) {
        printError(ctx, CommandRegistry::tr("%1: not a Nianbao document or Nianbao JSON file").arg(path));
        return false;
    }
    if (!JsonExchange::fromBytes(bytes, FormatRegistry::instance(), report, &error)) {
        printError(ctx, CommandRegistry::tr("%1: %2").arg(path, error));
        return false;
    }
    return true;
}

std::unique_ptr<ReportDocument> openForEditing(Context& ctx, const QString& path) {
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
    if (doc->isReadOnly()) {
        printError(ctx, CommandRegistry::tr("%1 cannot be changed: %2").arg(path, info.readOnlyReason));
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

void printFindings(QTextStream& out, const Findings& findings) {
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
    }
    out << CommandRegistry::tr("%1, %2").arg(
        CommandRegistry::tr("%n error(s)", nullptr, RuleEngine::errorCount(findings)),
        CommandRegistry::tr("%n warning(s)", nullptr, RuleEngine::warningCount(findings)));
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
