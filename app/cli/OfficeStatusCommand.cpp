// nianbao-cli office status REPO --year Y [--roster FILE] [--json]: one line per unit.
#include "OfficeCommands.h"

#include "office/OfficeExport.h"

#include <QJsonDocument>

namespace nb::cli {

int runOfficeStatus(Context& ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandRegistry::tr(
        "Show every unit of a year: missing (on the roster, nothing received), draft, final or altered, with "
        "errors, warnings, unexplained warnings, received time, fingerprint and file."));
    addRepositoryArgument(parser);
    const QCommandLineOption year(QStringLiteral("year"), CommandRegistry::tr("The report year."),
                                  QStringLiteral("Y"));
    const QCommandLineOption roster(
        QStringLiteral("roster"),
        CommandRegistry::tr("The units that owe a report, one name a line (UTF-8 or GBK)."),
        QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), CommandRegistry::tr("Print JSON."));
    parser.addOptions({year, roster, json});
    if (!parseOrExplain(parser, ctx, 1, 1))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitFailure;
    int y = 0;
    if (!parseYear(ctx, parser.value(year), &y))
        return ExitFailure;
    QVector<UnitStatusRow> rows;
    if (!readStatusBoard(ctx, parser, roster, y, QString(), &rows))
        return ExitFailure;
    if (parser.isSet(json)) {
        ctx.out << QString::fromUtf8(
            QJsonDocument(OfficeExport::statusJson(y, rows)).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    QMap<UnitStatus, int> counts;
    for (const UnitStatusRow& row : rows) {
        ++counts[row.status];
        QStringList fields{row.agency, unitStatusId(row.status)};
        if (row.received) {
            const ReceivedUnit& u = row.unit;
            fields << CommandRegistry::tr("errors %1").arg(u.errors)
                   << CommandRegistry::tr("warnings %1").arg(u.warnings)
                   << CommandRegistry::tr("unexplained %1").arg(u.unexplained)
                   << u.received.toLocalTime().toString(Qt::ISODate) << row.finalCopyFingerprint()
                   << u.fileName;
        }
        ctx.out << fields.join(QLatin1Char('\t')) << "\n";
    }
    ctx.out << CommandRegistry::tr("%n unit(s):", nullptr, int(rows.size()));
    for (const UnitStatus s :
         {UnitStatus::Missing, UnitStatus::Draft, UnitStatus::Final, UnitStatus::Altered})
        ctx.out << " " << unitStatusId(s) << " " << counts.value(s);
    ctx.out << "\n";
    return ExitOk;
}

} // namespace nb::cli
