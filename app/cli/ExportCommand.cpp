// nianbao-cli export: write a report as JSON (and, with the output library, PDF/DOCX/ODT/HTML/CSV).
#include "CliSupport.h"

#include "io/JsonExchange.h"

#include "render/Exporters.h"
#include "storage/FinalCopy.h"

namespace nb::cli {
namespace {

int runExport(Context& ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandRegistry::tr("Export a report to other file formats."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 CommandRegistry::tr("The report (.nianbao or JSON)."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  CommandRegistry::tr("Write Nianbao JSON (nianbao/1)."),
                                  QStringLiteral("OUT"));
    QList<QCommandLineOption> options{json};
    const QCommandLineOption pdf(
        QStringLiteral("pdf"), CommandRegistry::tr("Write a PDF (GB/T 9704 layout)."), QStringLiteral("OUT"));
    const QCommandLineOption docx(QStringLiteral("docx"), CommandRegistry::tr("Write a Word document."),
                                  QStringLiteral("OUT"));
    const QCommandLineOption odt(QStringLiteral("odt"), CommandRegistry::tr("Write an OpenDocument text."),
                                 QStringLiteral("OUT"));
    const QCommandLineOption html(QStringLiteral("html"),
                                  CommandRegistry::tr("Write one self-contained HTML page."),
                                  QStringLiteral("OUT"));
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 CommandRegistry::tr("Write one CSV file per table into DIR."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption draft(QStringLiteral("draft"), CommandRegistry::tr("Print a 草稿 watermark."));
    options << pdf << docx << odt << html << csv << draft;
    parser.addOptions(options);
    if (!parseOrExplain(parser, ctx, 1, 1))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitFailure;
    bool any = false;
    for (const QCommandLineOption& o : options)
        any = any || (o.valueName().size() > 0 && parser.isSet(o));
    if (!any) {
        printError(ctx, CommandRegistry::tr("name at least one output, e.g. --json OUT"));
        return ExitFailure;
    }
    Report report;
    if (!loadReport(ctx, parser.positionalArguments().constFirst(), &report))
        return ExitFailure;
    RuleEngine::computeTotals(report);
    QString error;
    if (parser.isSet(json) &&
        !writeFileAtomically(parser.value(json), JsonExchange::toBytes(report), &error)) {
        printError(ctx, CommandRegistry::tr("%1: %2").arg(parser.value(json), error));
        return ExitFailure;
    }
    ExportOptions exportOptions;
    exportOptions.draftWatermark = parser.isSet(draft);
    // An intact final copy prints its 校验码 on the last page (PDF); a draft or an altered copy does not.
    const QString input = parser.positionalArguments().constFirst();
    if (input.endsWith(QLatin1String(".nianbao"), Qt::CaseInsensitive)) {
        const FinalCopyCheck check = checkFinalCopy(input);
        if (check.state == FinalCopyCheck::State::Final)
            exportOptions.fingerprint = check.storedFingerprint;
    }
    struct Target {
        const QCommandLineOption* option;
        bool (*write)(const Report&, const QString&, const ExportOptions&, QString*);
    };
    const Target targets[] = {{&pdf, &exportPdf},
                              {&docx, &exportDocx},
                              {&odt, &exportOdt},
                              {&html, &exportHtml},
                              {&csv, &exportCsv}};
    for (const Target& t : targets) {
        if (!parser.isSet(*t.option))
            continue;
        if (!t.write(report, parser.value(*t.option), exportOptions, &error)) {
            printError(ctx, CommandRegistry::tr("%1: %2").arg(parser.value(*t.option), error));
            return ExitFailure;
        }
    }
    return ExitOk;
}

} // namespace

NIANBAO_CLI_COMMAND("export",
                    QT_TRANSLATE_NOOP("nb::cli::Commands",
                                      "Export a report (JSON, PDF, DOCX, ODT, HTML, CSV)"),
                    runExport);

} // namespace nb::cli
