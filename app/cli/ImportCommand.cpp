// nianbao-cli import: create a document from Nianbao JSON (or, with the import library, a published report).
#include "CliSupport.h"

#include "format/FormatRegistry.h"
#include "io/JsonExchange.h"

#include <QFile>

#include "import/ReportImporter.h"

namespace nb::cli {
namespace {

int runImport(Context& ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandRegistry::tr(
        "Create a report document from a file. The kind of input is detected from its content."));
    parser.addPositionalArgument(QStringLiteral("IN"),
                                 CommandRegistry::tr("Nianbao JSON or a published report."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    CommandRegistry::tr("The document to create (.nianbao)."),
                                    QStringLiteral("FILE"));
    parser.addOption(output);
    if (!parseOrExplain(parser, ctx, 1, 1))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitFailure;
    if (!parser.isSet(output)) {
        printError(ctx, CommandRegistry::tr("-o FILE is required"));
        return ExitFailure;
    }
    const QString in = parser.positionalArguments().constFirst();
    QFile file(in);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(ctx, CommandRegistry::tr("%1: %2").arg(in, file.errorString()));
        return ExitFailure;
    }
    const QByteArray bytes = file.readAll();
    Report report;
    QString error;
    int exitCode = ExitOk;
    if (JsonExchange::looksLikeOurs(bytes)) {
        if (!JsonExchange::fromBytes(bytes, FormatRegistry::instance(), &report, &error)) {
            printError(ctx, CommandRegistry::tr("%1: %2").arg(in, error));
            return ExitFailure;
        }
    } else {
        const ImportResult result = ReportImporter::importFile(in, FormatRegistry::instance());
        if (!result.ok) {
            printError(ctx, CommandRegistry::tr("%1: %2").arg(in, result.error));
            return ExitFailure;
        }
        report = result.report;
        for (const ImportProblem& p : result.problems) {
            if (p.line > 0)
                ctx.err << CommandRegistry::tr("%1:%2: %3").arg(in).arg(p.line).arg(p.message) << "\n";
            else
                ctx.err << CommandRegistry::tr("%1: %2").arg(in, p.message) << "\n";
            exitCode = ExitFindings;
        }
    }
    auto doc = ReportDocument::create(parser.value(output), report, &error);
    if (!doc) {
        printError(ctx, error);
        return ExitFailure;
    }
    ctx.out << CommandRegistry::tr("Created %1 from %2").arg(parser.value(output), in) << Qt::endl;
    return exitCode;
}

} // namespace

NIANBAO_CLI_COMMAND("import",
                    QT_TRANSLATE_NOOP("nb::cli::Commands",
                                      "Create a document from JSON or a published report"),
                    runImport);

} // namespace nb::cli
