// nianbao-cli compare: what changed between two reports (usually last year's and this year's).
#include "CliSupport.h"

#include "render/ComparisonHtmlWriter.h"
#include "years/ReportComparison.h"

#include <QJsonDocument>

namespace nb::cli {
namespace {

int runCompare(Context& ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandRegistry::tr(
        "Compare two reports: every table cell with before, after and change, the changed "
        "narrative paragraphs and the key indicators of both years. Exit 0 when nothing "
        "changed, 1 when something did, 2 on error."));
    parser.addPositionalArgument(
        QStringLiteral("OLD"),
        CommandRegistry::tr(
            "The older report: a document, Nianbao JSON or an original (PDF, DOCX, web page, text)."));
    parser.addPositionalArgument(QStringLiteral("NEW"),
                                 CommandRegistry::tr("The newer report (the same kinds of file)."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  CommandRegistry::tr("Print the comparison as JSON (nianbao-compare/1)."));
    const QCommandLineOption html(QStringLiteral("html"),
                                  CommandRegistry::tr("Also write the comparison as a printable HTML page."),
                                  QStringLiteral("OUT"));
    parser.addOptions({json, html});
    if (!parseOrExplain(parser, ctx, 2, 2))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitFailure;
    const QStringList files = parser.positionalArguments();
    Report before;
    Report after;
    if (!loadReport(ctx, files.at(0), &before, Accept::AnyOriginal) ||
        !loadReport(ctx, files.at(1), &after, Accept::AnyOriginal))
        return ExitFailure;
    const ReportComparison comparison = ReportComparison::compare(before, after);
    if (parser.isSet(html)) {
        QString error;
        if (!writeFileAtomically(parser.value(html), ComparisonHtmlWriter::toHtml(comparison), &error)) {
            printError(ctx, CommandRegistry::tr("%1: %2").arg(parser.value(html), error));
            return ExitFailure;
        }
    }
    if (parser.isSet(json))
        ctx.out << QString::fromUtf8(QJsonDocument(comparison.toJson()).toJson(QJsonDocument::Indented));
    else
        ctx.out << comparison.toText();
    ctx.out.flush();
    return comparison.hasChanges() ? ExitFindings : ExitOk;
}

} // namespace

NIANBAO_CLI_COMMAND("compare", QT_TRANSLATE_NOOP("nb::cli::Commands", "Compare two reports (two years)"),
                    runCompare);

} // namespace nb::cli
