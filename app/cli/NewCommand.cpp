// nianbao-cli new: create an empty report document.
#include "CliSupport.h"

#include "format/FormatRegistry.h"

namespace nb::cli {
namespace {

int runNew(Context& ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandRegistry::tr("Create a new, empty annual report document."));
    const QCommandLineOption format(
        QStringLiteral("format"),
        CommandRegistry::tr("Report format (default %1).").arg(FormatRegistry::defaultFormatId()),
        QStringLiteral("ID"), FormatRegistry::defaultFormatId());
    const QCommandLineOption year(QStringLiteral("year"), CommandRegistry::tr("Report year."),
                                  QStringLiteral("YEAR"));
    const QCommandLineOption agency(QStringLiteral("agency"), CommandRegistry::tr("Agency name."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption kind(
        QStringLiteral("agency-kind"),
        CommandRegistry::tr("部门 (deadline 1月31日) or 人民政府 (deadline 3月31日)."),
        QStringLiteral("KIND"), QStringLiteral("部门"));
    const QCommandLineOption title(QStringLiteral("title"),
                                   CommandRegistry::tr("Title (default from the format)."),
                                   QStringLiteral("TITLE"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    CommandRegistry::tr("The document to create (.nianbao)."),
                                    QStringLiteral("FILE"));
    parser.addOptions({format, year, agency, kind, title, output});
    if (!parseOrExplain(parser, ctx, 0, 0))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitFailure;
    if (!parser.isSet(output) || !parser.isSet(year) || !parser.isSet(agency)) {
        printError(ctx, CommandRegistry::tr("--year, --agency and -o are required"));
        return ExitFailure;
    }
    FormatPtr f = FormatRegistry::instance().format(parser.value(format));
    if (!f) {
        printError(
            ctx, CommandRegistry::tr("unknown format “%1”; known: %2")
                     .arg(parser.value(format), FormatRegistry::instance().ids().join(QStringLiteral(", "))));
        return ExitFailure;
    }
    bool ok = false;
    const int y = parser.value(year).toInt(&ok);
    if (!ok || y < 2000 || y > 2100) {
        printError(ctx, CommandRegistry::tr("--year: “%1” is not a year").arg(parser.value(year)));
        return ExitFailure;
    }
    AgencyKind k = AgencyKind::Department;
    if (!agencyKindFromString(parser.value(kind), &k)) {
        printError(ctx, CommandRegistry::tr("--agency-kind must be 部门 or 人民政府"));
        return ExitFailure;
    }
    Report report = Report::create(f, y, parser.value(agency).trimmed(), k);
    report.title = parser.value(title);
    QString error;
    auto doc = ReportDocument::create(parser.value(output), report, &error);
    if (!doc) {
        printError(ctx, error);
        return ExitFailure;
    }
    ctx.out << CommandRegistry::tr("Created %1 (%2, %3)")
                   .arg(parser.value(output), f->name, report.effectiveTitle())
            << Qt::endl;
    return ExitOk;
}

} // namespace

NIANBAO_CLI_COMMAND("new", QT_TRANSLATE_NOOP("nb::cli::Commands", "Create a new report document"), runNew);

} // namespace nb::cli
