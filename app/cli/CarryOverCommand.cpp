// nianbao-cli carry-over: start next year's report from last year's (any form the program reads).
#include "CliSupport.h"

#include "carryover/CarryOver.h"

namespace nb::cli {
namespace {

int runCarryOver(Context& ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandRegistry::tr(
        "Start next year's report from last year's: same agency, the next year, the current format, 上年结转 "
        "carried, last year's narratives as a draft. LAST may be a .nianbao document, Nianbao JSON or a "
        "published report (PDF, DOCX, saved web page, text)."));
    parser.addPositionalArgument(QStringLiteral("LAST"), CommandRegistry::tr("Last year's report."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    CommandRegistry::tr("The new document to create (.nianbao)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption year(QStringLiteral("year"),
                                  CommandRegistry::tr("Year of the new report (default: last year's + 1)."),
                                  QStringLiteral("YEAR"));
    parser.addOptions({output, year});
    if (!parseOrExplain(parser, ctx, 1, 1))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitFailure;
    if (!parser.isSet(output)) {
        printError(ctx, CommandRegistry::tr("-o is required"));
        return ExitFailure;
    }
    int y = 0;
    if (parser.isSet(year)) {
        bool ok = false;
        y = parser.value(year).toInt(&ok);
        if (!ok || y < 2000 || y > 2100) {
            printError(ctx, CommandRegistry::tr("--year: “%1” is not a year").arg(parser.value(year)));
            return ExitFailure;
        }
    }
    const CarryOver::Result result =
        CarryOver::toFile(parser.positionalArguments().constFirst(), parser.value(output), y);
    if (!result.ok) {
        printError(ctx, result.error);
        return ExitFailure;
    }
    const Report& r = result.report;
    ctx.out << CommandRegistry::tr("Created %1 (%2, %3)")
                   .arg(parser.value(output), r.format->name, r.effectiveTitle())
            << Qt::endl;
    ctx.out << CommandRegistry::tr("Carried from %1: %n cell(s); narratives copied as a draft.", nullptr,
                                   result.carriedCells)
                   .arg(r.lastYear ? r.lastYear->year : 0)
            << Qt::endl;
    for (const QString& w : result.warnings)
        ctx.out << severityLabel(Severity::Warning) << ": " << w << Qt::endl;
    return ExitOk;
}

} // namespace

NIANBAO_CLI_COMMAND("carry-over",
                    QT_TRANSLATE_NOOP("nb::cli::Commands", "Start next year's report from last year's"),
                    runCarryOver);

} // namespace nb::cli
