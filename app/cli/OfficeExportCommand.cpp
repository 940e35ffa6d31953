// nianbao-cli office export REPO --year Y --csv OUT: one row per unit with status and key figures.
#include "OfficeCommands.h"

#include "office/OfficeExport.h"

#include <QDir>

namespace nb::cli {

int runOfficeExport(Context& ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandRegistry::tr("Write the units of a year as CSV (UTF-8 with BOM, "
                                                         "for Excel and WPS): status, counts, received time, "
                                                         "fingerprint, file and the key figures."));
    addRepositoryArgument(parser);
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
    const QString csvPath = QDir::toNativeSeparators(parser.value(csvOut));
    QVector<UnitStatusRow> rows;
    if (!readStatusBoard(ctx, parser, roster, y, csvPath, &rows))
        return ExitFailure;
    QString error;
    if (!OfficeExport::writeCsv(rows, parser.value(csvOut), &error)) {
        printError(ctx, CommandRegistry::tr("%1: %2").arg(csvPath, error));
        return ExitFailure;
    }
    ctx.out << CommandRegistry::tr("%n unit(s) written to %1", nullptr, int(rows.size())).arg(csvPath)
            << "\n";
    return ExitOk;
}

} // namespace nb::cli
