// nianbao-cli office consolidate REPO --year Y -o TOTAL [--force]: the total of the current copies.
#include "OfficeCommands.h"

namespace nb::cli {

int runOfficeConsolidate(Context& ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandRegistry::tr(
        "Add up the current copies of every unit of a year, cell by cell, into a new document that lists its "
        "units and their fingerprints. Units with errors are refused unless --force."));
    addRepositoryArgument(parser);
    const QCommandLineOption year(QStringLiteral("year"), CommandRegistry::tr("The report year."),
                                  QStringLiteral("Y"));
    const QCommandLineOption out(
        QStringList{QStringLiteral("o"), QStringLiteral("output")},
        CommandRegistry::tr("The total document to write (replaced when it exists)."),
        QStringLiteral("TOTAL"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   CommandRegistry::tr("Include units with errors."));
    const QCommandLineOption agency(QStringLiteral("agency"), CommandRegistry::tr("The name of the total."),
                                    QStringLiteral("NAME"));
    parser.addOptions({year, out, force, agency});
    if (!parseOrExplain(parser, ctx, 1, 1))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitFailure;
    int y = 0;
    if (!parseYear(ctx, parser.value(year), &y))
        return ExitFailure;
    if (parser.value(out).isEmpty()) {
        printError(ctx, CommandRegistry::tr("-o TOTAL is required"));
        return ExitFailure;
    }
    auto repo = openRepository(ctx, parser.positionalArguments().constFirst(), /*create=*/false);
    if (!repo)
        return ExitFailure;
    QString error;
    const QVector<ConsolidationUnit> units = repo->consolidationUnits(y, &error);
    if (!error.isEmpty()) {
        printError(ctx, error);
        return ExitFailure;
    }
    if (units.isEmpty()) {
        printError(ctx, CommandRegistry::tr("no units of %1 in the repository").arg(y));
        return ExitFailure;
    }
    return consolidateAndWrite(ctx, units, parser.value(out), parser.value(agency), parser.isSet(force));
}

} // namespace nb::cli
