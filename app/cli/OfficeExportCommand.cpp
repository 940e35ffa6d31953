// nianbao-cli office export REPO --year Y --csv OUT: one row per unit with status and key figures.
#include "OfficeCommands.h"

#include "office/OfficeExport.h"
#include "office/Roster.h"

#include <QDir>

namespace nb::cli {

int runOfficeExport(Context& ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandRegistry::tr("Write the units of a year as CSV (UTF-8 with BOM, "
                                                         "for Excel and WPS): status, counts, received time, "
                                                         "fingerprint, file and the key figures."));
    parser.addPositionalArgument(QStringLiteral("REPO"), CommandRegistry::tr("The repository."));
    const QCommandLineOption year(QStringLiteral("year"), CommandRegistry::tr("The report year."),
                                  QStringLiteral("Y"));
    const QCommandLineOption csvOut(QStringLiteral("csv"), CommandRegistry::tr("The CSV file to write."),
                                    QStringLiteral("OUT"));
    const QCommandLineOption roster(
        QStringLiteral("roster"),
        CommandRegistry::tr("The units that owe a report, one name a line (UTF-8 or GBK)."),
        QStringLiteral("FILE"));
    parser.addOptions({year, csvOut, roster});
    if (!parseOrExplain(parser, ctx, 1, 1))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitFailure;
    int y = 0;
    if (!parseYear(ctx, parser.value(year), &y))
        return ExitFailure;
    if (parser.value(csvOut).isEmpty()) {
        printError(ctx, CommandRegistry::tr("--csv is required"));
        return ExitFailure;
    }
    QStringList names;
    QString error;
    if (parser.isSet(roster) && !Roster::read(parser.value(roster), &names, &error)) {
        printError(ctx, error);
        return ExitFailure;
    }
    auto repo = openRepository(ctx, parser.positionalArguments().constFirst(), /*create=*/false);
    if (!repo)
        return ExitFailure;
    const QVector<UnitStatusRow> rows = repo->status(y, names, &error);
    if (!error.isEmpty() || !OfficeExport::writeCsv(rows, parser.value(csvOut), &error)) {
        printError(ctx,
                   CommandRegistry::tr("%1: %2").arg(QDir::toNativeSeparators(parser.value(csvOut)), error));
        return ExitFailure;
    }
    ctx.out << CommandRegistry::tr("%n unit(s) written to %1", nullptr, int(rows.size()))
                   .arg(QDir::toNativeSeparators(parser.value(csvOut)))
            << "\n";
    return ExitOk;
}

} // namespace nb::cli
